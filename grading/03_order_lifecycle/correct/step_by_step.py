"""Orders at Tessa's corner shop, from the till to the customer's door.

(Another correct version: the moves are decided by if-chains instead of a table, the
error builds its message in __str__, and the VAT is the total minus the net price.)

The rules the shop's order system keeps:

* A new order is pending. From there it moves one step at a time:
  pending -> paid -> shipped -> delivered.
* A pending or a paid order may be cancelled; once shipped, it no longer can be.
  Delivered and cancelled are the end of the road: nothing moves on from them.
* Any other move raises InvalidTransition. The error carries the order's ``order_id``,
  its ``from_status`` and the ``to_status`` it was asked to reach, and its message reads
  like "cannot move order 17 from shipped to pending". A refused move leaves the order
  as it was.
* Prices are in whole cents and include VAT at 20%. ``vat_included()`` is the VAT inside
  the order's total, in cents and not rounded.
* ``summary()`` is a dict with exactly the keys ``id``, ``status``, ``items`` and
  ``total_cents``.
* ``order_total(order)`` is deprecated in favour of ``Order.total()``.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from enum import Enum

VAT_RATE = 0.20


class Status(Enum):
    PENDING = "pending"
    PAID = "paid"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"


class InvalidTransition(Exception):
    def __init__(self, order_id: int, from_status: Status, to_status: Status) -> None:
        super().__init__(order_id, from_status, to_status)
        self.order_id, self.from_status, self.to_status = order_id, from_status, to_status

    def __str__(self) -> str:
        return "cannot move order %d from %s to %s" % (
            self.order_id,
            self.from_status.value,
            self.to_status.value,
        )


def _may_move(current: Status, target: Status) -> bool:
    if target is Status.CANCELLED:
        return current in (Status.PENDING, Status.PAID)
    if current is Status.PENDING:
        return target is Status.PAID
    if current is Status.PAID:
        return target is Status.SHIPPED
    if current is Status.SHIPPED:
        return target is Status.DELIVERED
    return False


@dataclass(frozen=True)
class Line:
    sku: str
    unit_price: int
    quantity: int = 1


@dataclass
class Order:
    id: int
    lines: list[Line] = field(default_factory=list)
    status: Status = Status.PENDING

    def move_to(self, new_status: Status) -> None:
        if not _may_move(self.status, new_status):
            raise InvalidTransition(self.id, self.status, new_status)
        self.status = new_status

    def total(self) -> int:
        cents = 0
        for line in self.lines:
            cents += line.unit_price * line.quantity
        return cents

    def vat_included(self) -> float:
        gross = self.total()
        net = gross / (1 + VAT_RATE)
        return gross - net

    def summary(self) -> dict[str, object]:
        units = 0
        for line in self.lines:
            units += line.quantity
        return dict(id=self.id, status=self.status.value, items=units, total_cents=self.total())


def order_total(order: Order) -> int:
    message = "order_total() is deprecated; use Order.total() instead"
    warnings.warn(message, category=DeprecationWarning, stacklevel=2)
    return order.total()
