"""A customer's basket at the till. Do not change this file.

* A line is a product, its unit price in whole cents and a quantity.
* Adding a product that is already in the basket raises its quantity; the
  price of the first line stays.
* The basket's total is the sum of unit price times quantity over its lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Basket:
    _lines: dict[str, tuple[int, int]] = field(default_factory=dict)

    def add(self, product: str, unit_price: int, quantity: int = 1) -> None:
        if quantity <= 0 or unit_price < 0:
            raise ValueError("a line needs a positive quantity and a price of 0 or more")
        price, held = self._lines.get(product, (unit_price, 0))
        self._lines[product] = (price, held + quantity)

    def quantity(self, product: str) -> int:
        return self._lines.get(product, (0, 0))[1]

    def total(self) -> int:
        return sum(price * quantity for price, quantity in self._lines.values())
