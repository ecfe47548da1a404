"""Another correct notifications module: the conversation written out step by step.

It keeps the shop's promises and varies what they leave open: the client is made with
its port named, login gets the password by name, the messages are built in another
order and worded otherwise around the subject and the tracking number, and the missing
password is reported by a helper, as a LookupError, in other words.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from email.message import EmailMessage

from mailer import MailClient

RELAY_HOST = "mail.tessas-corner.shop"
DEFAULT_SENDER = "orders@tessas-corner.shop"


class NotifyConfigError(LookupError):
    pass


@dataclass(frozen=True)
class Shipment:
    order_id: int
    customer_name: str
    email: str
    tracking_number: str


def _required(name: str) -> str:
    value = os.environ.get(name)
    if value is None:
        raise NotifyConfigError(f"please set {name} before sending e-mails")
    return value


def _message(sender: str, shipment: Shipment) -> EmailMessage:
    message = EmailMessage()
    message.set_content(
        f"Hi {shipment.customer_name}! Tracking number: {shipment.tracking_number}\n"
    )
    message["Subject"] = "Your order " + str(shipment.order_id) + " has shipped"
    message["To"] = shipment.email
    message["From"] = sender
    return message


async def notify_shipped(shipments: list[Shipment]) -> list[str]:
    if not shipments:
        return []
    if os.environ.get("SHOP_NOTIFY", "on").casefold() == "off":
        return []
    sender = os.environ["SHOP_SENDER"] if "SHOP_SENDER" in os.environ else DEFAULT_SENDER
    password = _required("SHOP_MAIL_PASSWORD")
    client = MailClient(RELAY_HOST, port=587)
    await client.connect()
    ids = []
    try:
        await client.starttls()
        await client.login(sender, password=password)
        for shipment in shipments:
            ids.append(await client.send_message(_message(sender, shipment)))
    finally:
        await client.quit()
    return ids
