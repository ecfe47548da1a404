"""The order in which the shop's van is loaded each morning.

The van leaves at seven with every order of the day, often 300 of them, and the last
order loaded is the first one out. The rules:

* ``sort_for_loading(orders)`` sorts the list it is given, in place, and returns that
  same list (not a copy).
* Express orders come first, then the others.
* Within each, orders go by delivery slot, earliest first. A slot is a time of day on a
  24-hour clock, written ``H:MM`` or ``HH:MM``: ``"9:30"`` comes before ``"10:00"``.
* Orders of the same kind in the same slot go by order number, smallest first.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Order:
    """An order to deliver: its number, its delivery slot, and whether it is express."""

    number: int
    slot: str
    express: bool = False


def _minutes(slot: str) -> int:
    hours, minutes = slot.split(":")
    return int(hours) * 60 + int(minutes)


def _loading_key(order: Order) -> tuple[bool, int, int]:
    return (not order.express, _minutes(order.slot), order.number)


def sort_for_loading(orders: list[Order]) -> list[Order]:
    """Sort ``orders`` in place into loading order, and return the same list."""
    orders.sort(key=_loading_key)
    return orders
