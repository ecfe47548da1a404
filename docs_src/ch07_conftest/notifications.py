"""How the shop tells a customer that their order is on its way.

* Every message comes from the shop's sender address and names the shop in its subject.
* A mailer sends messages. The shop has two: one keeps them in memory (the till shows
  them before they go out), the other writes each one as a file into an outbox folder
  that the post office program picks up.
"""

from __future__ import annotations

from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Protocol


@dataclass(frozen=True)
class ShopSettings:
    shop_name: str = "Tessa's corner shop"
    sender: str = "orders@tessas-corner.shop"
    outbox: Path | None = None


@dataclass(frozen=True)
class Message:
    sender: str
    to: str
    subject: str
    body: str


class Mailer(Protocol):
    def send(self, message: Message) -> None: ...
    def sent(self) -> list[Message]: ...


class MemoryMailer:
    """Keeps every message in a list, in the order they were sent."""

    def __init__(self) -> None:
        self._sent: list[Message] = []

    def send(self, message: Message) -> None:
        self._sent.append(message)

    def sent(self) -> list[Message]:
        return list(self._sent)


class FileMailer:
    """Writes each message as a numbered ``.eml`` file into ``outbox``."""

    def __init__(self, outbox: Path) -> None:
        self.outbox = outbox
        outbox.mkdir(parents=True, exist_ok=True)

    def send(self, message: Message) -> None:
        mail = EmailMessage()
        mail["From"], mail["To"], mail["Subject"] = message.sender, message.to, message.subject
        mail.set_content(message.body)
        number = len(list(self.outbox.glob("*.eml"))) + 1
        (self.outbox / f"{number:05d}.eml").write_bytes(bytes(mail))

    def sent(self) -> list[Message]:
        messages = []
        for path in sorted(self.outbox.glob("*.eml")):
            mail = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
            body = mail.get_content().rstrip("\n")
            messages.append(Message(mail["From"], mail["To"], mail["Subject"], body))
        return messages


def order_shipped(mailer: Mailer, settings: ShopSettings, to: str, order_number: int) -> Message:
    """Tell the customer at ``to`` that order ``order_number`` has left the shop."""
    message = Message(
        sender=settings.sender,
        to=to,
        subject=f"{settings.shop_name}: order {order_number} is on its way",
        body=f"Your order {order_number} left the shop today. Thank you for shopping with us!",
    )
    mailer.send(message)
    return message
