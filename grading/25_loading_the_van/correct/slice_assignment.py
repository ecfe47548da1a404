"""The order in which the shop's van is loaded (another correct version: the slots read
as times, the sorted orders written back into the caller's list)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass


@dataclass(frozen=True)
class Order:
    number: int
    slot: str
    express: bool = False


def sort_for_loading(orders: list[Order]) -> list[Order]:
    def key(order: Order) -> tuple[int, datetime.time, int]:
        slot = datetime.datetime.strptime(order.slot, "%H:%M").time()
        return (0 if order.express else 1, slot, order.number)

    orders[:] = sorted(orders, key=key)
    return orders
