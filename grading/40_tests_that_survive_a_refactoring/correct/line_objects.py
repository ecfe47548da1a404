"""The basket of Tessa's online shop, refactored: line objects and a total cached per
version of the basket.

Same rules as the course's basket.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache


class UnknownItem(KeyError):
    """The shop does not sell this SKU."""


@dataclass
class _Line:
    sku: str
    quantity: int
    unit_price: int

    def cost(self) -> int:
        cost = self.unit_price * self.quantity
        if self.quantity >= 10:
            cost -= (cost * 10) // 100
        return cost


class Basket:
    def __init__(self, prices: dict[str, int]) -> None:
        self._catalogue = dict(prices)
        self._items: list[_Line] = []
        self._version = 0

    def _line(self, sku: str) -> _Line | None:
        return next((line for line in self._items if line.sku == sku), None)

    def add(self, sku: str, quantity: int = 1) -> None:
        if quantity < 1:
            raise ValueError("quantity must be at least 1")
        try:
            unit_price = self._catalogue[sku]
        except KeyError:
            raise UnknownItem(sku) from None
        line = self._line(sku)
        if line:
            line.quantity += quantity
        else:
            self._items.append(_Line(sku, quantity, unit_price))
        self._version += 1

    def remove(self, sku: str, quantity: int = 1) -> None:
        line = self._line(sku)
        if line is None:
            raise ValueError(f"no {sku} in the basket")
        if quantity > line.quantity:
            raise ValueError(f"only {line.quantity} of {sku} in the basket")
        line.quantity -= quantity
        if line.quantity == 0:
            self._items.remove(line)
        self._version += 1

    def lines(self) -> list[tuple[str, int]]:
        return [(line.sku, line.quantity) for line in self._items]

    def total(self) -> int:
        return self._total_at(self._version)

    @lru_cache(maxsize=1)  # noqa: B019 - one basket, one cached total
    def _total_at(self, version: int) -> int:
        return sum(line.cost() for line in self._items)
