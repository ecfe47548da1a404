"""What a basket costs, and checking one out: arithmetic and rules, no files, no network.

Amounts are whole cents. Delivery costs 495 cents while the goods come to less than
5000 cents, and is free from there. ``checkout`` refuses an empty basket, works out the
total and hands the order to an order book: whichever book it is given, in memory or
on disk.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

DELIVERY = 495
FREE_DELIVERY_FROM = 5000


@dataclass(frozen=True)
class Line:
    sku: str
    price: int
    quantity: int


class EmptyBasket(ValueError):
    """There is nothing to check out."""


class OrderBook(Protocol):
    def place(self, customer: str, total: int) -> int: ...


def goods(lines: Sequence[Line]) -> int:
    return sum(line.price * line.quantity for line in lines)


def total(lines: Sequence[Line]) -> int:
    """The goods plus delivery; an empty basket costs nothing."""
    if not lines:
        return 0
    amount = goods(lines)
    return amount if amount >= FREE_DELIVERY_FROM else amount + DELIVERY


def checkout(book: OrderBook, customer: str, lines: Sequence[Line]) -> int:
    """Place the order in ``book`` and return its number."""
    if not lines:
        raise EmptyBasket("there is nothing in the basket")
    return book.place(customer, total(lines))
