"""A basket: what its owner can see of it is the lines' count and the total."""

from __future__ import annotations


class Basket:
    def __init__(self) -> None:
        # How the basket keeps its lines is its own business: sku -> [price, quantity].
        self._lines: dict[str, list[int]] = {}

    def add(self, sku: str, unit_price: int, quantity: int = 1) -> None:
        if quantity < 1:
            raise ValueError(f"a quantity is at least 1, not {quantity}")
        line = self._lines.setdefault(sku, [unit_price, 0])
        line[1] += quantity

    def quantity(self, sku: str) -> int:
        return self._lines[sku][1] if sku in self._lines else 0

    def total(self) -> int:
        return sum(price * quantity for price, quantity in self._lines.values())
