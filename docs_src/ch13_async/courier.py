"""Booking a courier pickup for a parcel, over the courier's async API."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any


class CourierDown(Exception):
    """The courier's API kept failing; try again later."""


async def book_pickup(
    api: Any,
    order_id: int,
    sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
) -> str:
    """Ask for a pickup; retry twice on a 5xx answer, one second apart. Return the booking id."""
    for attempt in range(3):
        if attempt:
            await sleep(1.0)
        status, body = await api.post("/pickups", {"reference": f"order-{order_id}"})
        if status < 500:
            return body["booking"]
    raise CourierDown(f"no pickup for order {order_id}: the courier answered {status}")
