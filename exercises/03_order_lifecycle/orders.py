"""Orders at Tessa's corner shop, from the till to the customer's door.

The rules the shop's order system keeps:

* A new order is pending. From there it moves one step at a time:
  pending -> paid -> shipped -> delivered.
* A pending or a paid order may be cancelled; once shipped, it no longer can be.
  Delivered and cancelled are the end of the road: nothing moves on from them.
* Any other move raises InvalidTransition. The error carries the order's ``order_id``,
  its ``from_status`` and the ``to_status`` it was asked to reach. Its message names the
  order and the move by the statuses' names, as in "cannot move order 17 from shipped to
  pending": "order 17" and "from shipped to pending" are promised, the other words are
  not. A refused move leaves the order as it was.
* Prices are in whole cents and include VAT at 20%. ``vat_included()`` is the VAT inside
  the order's total, in cents and not rounded: a float, because the accountant rounds
  once, on the monthly return, and not order by order.
* ``summary()`` is what the dashboard in the back office shows: a dict with exactly the
  keys ``id``, ``status`` (the status's name, such as "paid"), ``items`` (how many
  items, counting every unit of every line) and ``total_cents``.
* ``order_total(order)`` is the old way to get a total. It still works, but it warns with
  a DeprecationWarning whose message names its replacement, ``Order.total()``; the other
  words of the message are not promised.
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


# Where an order may go from each status. A move that is not listed here is refused.
ALLOWED: dict[Status, frozenset[Status]] = {
    Status.PENDING: frozenset({Status.PAID, Status.CANCELLED}),
    Status.PAID: frozenset({Status.SHIPPED, Status.CANCELLED}),
    Status.SHIPPED: frozenset({Status.DELIVERED}),
    Status.DELIVERED: frozenset(),
    Status.CANCELLED: frozenset(),
}


class InvalidTransition(Exception):
    """An order was asked to move to a status it cannot reach from where it is."""

    def __init__(self, order_id: int, from_status: Status, to_status: Status) -> None:
        self.order_id = order_id
        self.from_status = from_status
        self.to_status = to_status
        super().__init__(
            f"cannot move order {order_id} from {from_status.value} to {to_status.value}"
        )


@dataclass(frozen=True)
class Line:
    """One line of an order: ``quantity`` units of ``sku`` at ``unit_price`` cents each."""

    sku: str
    unit_price: int
    quantity: int = 1


@dataclass
class Order:
    id: int
    lines: list[Line] = field(default_factory=list)
    status: Status = Status.PENDING

    def move_to(self, new_status: Status) -> None:
        """Move the order on to ``new_status``, or raise InvalidTransition."""
        if new_status not in ALLOWED[self.status]:
            raise InvalidTransition(self.id, self.status, new_status)
        self.status = new_status

    def total(self) -> int:
        """What the customer pays, in cents, VAT included."""
        return sum(line.unit_price * line.quantity for line in self.lines)

    def vat_included(self) -> float:
        """The VAT inside ``total()``, in cents, not rounded."""
        return self.total() * VAT_RATE / (1 + VAT_RATE)

    def summary(self) -> dict[str, object]:
        return {
            "id": self.id,
            "status": self.status.value,
            "items": sum(line.quantity for line in self.lines),
            "total_cents": self.total(),
        }


def order_total(order: Order) -> int:
    """Deprecated: use ``Order.total()``."""
    warnings.warn(
        "order_total() is deprecated; use Order.total() instead",
        DeprecationWarning,
        stacklevel=2,
    )
    return order.total()
