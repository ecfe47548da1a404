"""Another correct orders module: the allowed moves are a set of pairs.

It keeps the shop's promises and varies what they leave open: the error's message puts
the words around "order 17" and "from shipped to pending" differently and is raised by a
helper, the VAT is a sixth of the total, and the deprecation says "call" where the shop
says "use".
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from enum import Enum


class Status(Enum):
    PENDING = "pending"
    PAID = "paid"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"


MOVES = {
    (Status.PENDING, Status.PAID),
    (Status.PAID, Status.SHIPPED),
    (Status.SHIPPED, Status.DELIVERED),
    (Status.PENDING, Status.CANCELLED),
    (Status.PAID, Status.CANCELLED),
}


class InvalidTransition(ValueError):
    def __init__(self, order_id: int, from_status: Status, to_status: Status) -> None:
        self.order_id = order_id
        self.from_status = from_status
        self.to_status = to_status
        super().__init__(
            f"order {order_id} cannot go ahead: no move from {from_status.value} "
            f"to {to_status.value}"
        )


def _check_move(order_id: int, current: Status, target: Status) -> None:
    if (current, target) not in MOVES:
        raise InvalidTransition(order_id=order_id, from_status=current, to_status=target)


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
        _check_move(self.id, self.status, new_status)
        self.status = new_status

    def total(self) -> int:
        return sum(map(lambda line: line.unit_price * line.quantity, self.lines))

    def vat_included(self) -> float:
        # 20% on top of the net price is one sixth of the price with VAT.
        return self.total() / 6

    def summary(self) -> dict[str, object]:
        summary: dict[str, object] = {"total_cents": self.total()}
        summary["items"] = sum([line.quantity for line in self.lines])
        summary["status"] = self.status.value
        summary["id"] = self.id
        return summary


def order_total(order: Order) -> int:
    warnings.warn(
        DeprecationWarning("order_total() is going away: call Order.total() for the total"),
        stacklevel=2,
    )
    return order.total()
