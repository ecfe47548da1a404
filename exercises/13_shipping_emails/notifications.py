"""Shipping e-mails at Tessa's corner shop.

When parcels leave the shop, ``notify_shipped`` tells each customer by e-mail. The rules:

* The settings come from the environment, read at every call (never at import), so the
  shop can change them without a restart:

  - ``SHOP_NOTIFY=off`` (in any case: ``OFF`` and ``Off`` too) turns e-mails off. Then
    nothing is sent, the relay is not even contacted, and the result is an empty list.
    Any other value, or none, leaves e-mails on.
  - ``SHOP_SENDER`` is the address e-mails come from; ``orders@tessas-corner.shop``
    when it is not set.
  - ``SHOP_MAIL_PASSWORD`` is the relay's password. When e-mails are on and it is not
    set, ``NotifyConfigError`` is raised before the relay is contacted. Its message
    names the missing setting, SHOP_MAIL_PASSWORD; its other words may change.

* All the shipments of one call share one connection to ``RELAY_HOST``. The steps come
  in this order: connect, starttls, login (as the sender address, with the password),
  one message per shipment in the order given, quit. Logging in before starttls would
  send the password in clear.
* Each message goes from the sender address to the customer's address, with the subject
  "Your order <id> has shipped" and a body that gives the tracking number.
* The connection is closed (quit) even when a message fails; the error then reaches the
  caller.
* No shipments, no connection.
* The result is the list of message ids the relay returned, in the order of the
  shipments.

This module imports ``MailClient`` from mailer.py. The client is asynchronous, and so
is ``notify_shipped``: run it with ``asyncio.run(notify_shipped(...))``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from email.message import EmailMessage

from mailer import MailClient

RELAY_HOST = "mail.tessas-corner.shop"
DEFAULT_SENDER = "orders@tessas-corner.shop"


class NotifyConfigError(Exception):
    """A setting the e-mails need is missing from the environment."""


@dataclass(frozen=True)
class Shipment:
    order_id: int
    customer_name: str
    email: str
    tracking_number: str


def shipped_message(sender: str, shipment: Shipment) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = shipment.email
    message["Subject"] = f"Your order {shipment.order_id} has shipped"
    message.set_content(
        f"Hello {shipment.customer_name},\n\n"
        f"your parcel is on its way. Its tracking number is {shipment.tracking_number}.\n\n"
        "Tessa, from the corner shop\n"
    )
    return message


async def notify_shipped(shipments: list[Shipment]) -> list[str]:
    """E-mail each shipment's customer; return the relay's message ids in order."""
    if os.environ.get("SHOP_NOTIFY", "").lower() == "off" or not shipments:
        return []
    sender = os.environ.get("SHOP_SENDER", DEFAULT_SENDER)
    password = os.environ.get("SHOP_MAIL_PASSWORD")
    if password is None:
        raise NotifyConfigError("SHOP_MAIL_PASSWORD is not set: the relay needs it")
    client = MailClient(RELAY_HOST)
    await client.connect()
    try:
        await client.starttls()
        await client.login(sender, password)
        return [await client.send_message(shipped_message(sender, s)) for s in shipments]
    finally:
        await client.quit()
