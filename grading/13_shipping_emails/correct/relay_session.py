"""Another correct notifications module: settings gathered first, the session a context."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from email.message import EmailMessage
from typing import NamedTuple

from mailer import MailClient

RELAY_HOST = "mail.tessas-corner.shop"
DEFAULT_SENDER = "orders@tessas-corner.shop"


class NotifyConfigError(Exception):
    pass


class Shipment(NamedTuple):
    order_id: int
    customer_name: str
    email: str
    tracking_number: str


class Settings(NamedTuple):
    enabled: bool
    sender: str
    password: str | None


def current_settings() -> Settings:
    switch = os.getenv("SHOP_NOTIFY") or "on"
    return Settings(
        enabled=switch.casefold() != "off",
        sender=os.getenv("SHOP_SENDER") or DEFAULT_SENDER,
        password=os.getenv("SHOP_MAIL_PASSWORD"),
    )


@asynccontextmanager
async def relay_session(sender: str, password: str) -> AsyncIterator[MailClient]:
    client = MailClient(host=RELAY_HOST)
    await client.connect()
    try:
        await client.starttls()
        await client.login(user=sender, password=password)
        yield client
    finally:
        await client.quit()


async def notify_shipped(shipments: list[Shipment]) -> list[str]:
    settings = current_settings()
    ids: list[str] = []
    if not settings.enabled or len(shipments) == 0:
        return ids
    if settings.password is None:
        raise NotifyConfigError("cannot log in to the relay without SHOP_MAIL_PASSWORD")
    async with relay_session(settings.sender, settings.password) as client:
        for shipment in shipments:
            message = EmailMessage()
            message["Subject"] = "Your order %d has shipped" % shipment.order_id
            message["From"] = settings.sender
            message["To"] = shipment.email
            message.set_content(
                f"Dear {shipment.customer_name}, good news: order {shipment.order_id} "
                f"left the shop today. Follow it with tracking number "
                f"{shipment.tracking_number}.\n"
            )
            ids.append(await client.send_message(message))
    return ids
