"""The order in which the shop's van is loaded (another correct version: three stable
sorts, the least important key first)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Order:
    number: int
    slot: str
    express: bool = False


def _slot_minutes(order: Order) -> int:
    hours, _, minutes = order.slot.partition(":")
    return 60 * int(hours) + int(minutes)


def sort_for_loading(orders: list[Order]) -> list[Order]:
    # Python's sort is stable: each pass keeps the order of the one before among equals.
    orders.sort(key=lambda order: order.number)
    orders.sort(key=_slot_minutes)
    orders.sort(key=lambda order: 0 if order.express else 1)
    return orders
