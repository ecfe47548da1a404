"""Orders at Tessa's corner shop, from the basket to the doorstep.

The rules the shop keeps:

* An order moves forward only: new, then paid, then packed, then shipped. A new or
  paid order may be cancelled. Any other move raises InvalidTransition, which says
  where the order was and where it was asked to go.
* Prices are whole cents. An order's weight, for the courier, is in kilograms: the
  sum of each line's unit weight times its quantity.
* summary() is what the shop's website shows about an order.
* total_pounds() is the old way to get the total, as a float of pounds; it still
  works but warns (DeprecationWarning): floats and money do not mix.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class Status(Enum):
    NEW = "new"
    PAID = "paid"
    PACKED = "packed"
    SHIPPED = "shipped"
    CANCELLED = "cancelled"


ALLOWED = {
    Status.NEW: {Status.PAID, Status.CANCELLED},
    Status.PAID: {Status.PACKED, Status.CANCELLED},
    Status.PACKED: {Status.SHIPPED},
}


class InvalidTransition(Exception):
    def __init__(self, current: Status, requested: Status) -> None:
        super().__init__(f"an order that is {current.value} cannot become {requested.value}")
        self.current = current
        self.requested = requested


@dataclass(frozen=True)
class Line:
    sku: str
    unit_price: int
    quantity: int
    unit_weight_kg: float


@dataclass
class Order:
    id: str
    lines: list[Line] = field(default_factory=list)
    status: Status = Status.NEW

    def add(self, sku: str, unit_price: int, quantity: int, unit_weight_kg: float) -> None:
        self.lines.append(Line(sku, unit_price, quantity, unit_weight_kg))

    def move_to(self, requested: Status) -> None:
        if requested not in ALLOWED.get(self.status, set()):
            raise InvalidTransition(self.status, requested)
        self.status = requested

    def total(self) -> int:
        return sum(line.unit_price * line.quantity for line in self.lines)

    def weight_kg(self) -> float:
        return sum(line.unit_weight_kg * line.quantity for line in self.lines)

    def skus(self) -> list[str]:
        return [line.sku for line in self.lines]

    def summary(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "status": self.status.value,
            "items": sum(line.quantity for line in self.lines),
            "total": self.total(),
            "weight_kg": self.weight_kg(),
        }

    def total_pounds(self) -> float:
        warnings.warn(
            "total_pounds() is deprecated; use total(), in whole cents",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.total() / 100
