"""Order confirmations for Tessa's shop, sent through a mailer the caller hands in."""

from __future__ import annotations

import smtplib
from email.message import EmailMessage
from typing import Protocol

SHOP_ADDRESS = "orders@tessas-corner.shop"


class Mailer(Protocol):
    def send(self, to: str, subject: str, body: str) -> None: ...


class SmtpMailer:
    """The real thing: the shop's mail relay. No test talks to it."""

    def __init__(self, host: str = "mail.tessas-corner.shop") -> None:
        self.host = host

    def send(self, to: str, subject: str, body: str) -> None:
        message = EmailMessage()
        message["From"], message["To"], message["Subject"] = SHOP_ADDRESS, to, subject
        message.set_content(body)
        with smtplib.SMTP(self.host) as relay:
            relay.send_message(message)


# --8<-- [start:confirm]
def euros(cents: int) -> str:
    return f"€{cents // 100}.{cents % 100:02d}"


def confirm_order(order_id: int, email: str, total_cents: int, mailer: Mailer) -> None:
    """Tell the customer their order is in, at their address written the shop's way."""
    mailer.send(
        to=email.strip().lower(),
        subject=f"Your order order-{order_id}",
        body=f"Thank you! Your order comes to {euros(total_cents)}.",
    )
# --8<-- [end:confirm]
