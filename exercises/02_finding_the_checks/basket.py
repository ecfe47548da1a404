"""A customer's basket at the till of Tessa's corner shop, in whole cents.

The rules the till keeps:

* Adding an item that is already in the basket raises its quantity: one line per item,
  at the unit price it was first added with.
* The total is each line's unit price times its quantity, added up.
* The receipt has one line per item, in the order the items were first added, written
  like "3 x apple @ 0.45 = 1.35".
"""

from __future__ import annotations


def money(cents: int) -> str:
    """``135`` cents as ``"1.35"``."""
    return f"{cents // 100}.{cents % 100:02d}"


class Basket:
    def __init__(self) -> None:
        # item -> [unit price, quantity]; dicts keep the order items were first added.
        self._lines: dict[str, list[int]] = {}

    def add(self, item: str, unit_price: int, quantity: int = 1) -> None:
        line = self._lines.setdefault(item, [unit_price, 0])
        line[1] += quantity

    def total(self) -> int:
        return sum(price * quantity for price, quantity in self._lines.values())

    def receipt(self) -> list[str]:
        return [
            f"{quantity} x {item} @ {money(price)} = {money(price * quantity)}"
            for item, (price, quantity) in self._lines.items()
        ]
