"""The stock room of Tessa's corner shop: how many of each item sit on the shelves.

The rules the stock room keeps:

* A delivery adds to an item's count. A delivery of no items (or of fewer than none)
  is a typing mistake at the back door and raises ValueError.
* A sale takes from the count. Selling more than the shelves hold raises OutOfStock
  and leaves the count as it was: the till must not sell what is not there.
* An item runs low when 3 or fewer are left. ``running_low()`` names those items in
  alphabetical order, so that Tessa knows what to reorder.
"""

from __future__ import annotations

LOW_STOCK = 3


class OutOfStock(Exception):
    """A sale asked for more of an item than the shelves hold."""


class StockRoom:
    """Counts of items by name; an item that was never delivered counts 0."""

    def __init__(self) -> None:
        self._counts: dict[str, int] = {}

    def count(self, item: str) -> int:
        return self._counts.get(item, 0)

    def receive(self, item: str, quantity: int) -> None:
        if quantity <= 0:
            raise ValueError(f"a delivery brings at least one {item}, not {quantity}")
        self._counts[item] = self.count(item) + quantity

    def sell(self, item: str, quantity: int) -> None:
        left = self.count(item)
        if quantity > left:
            raise OutOfStock(f"only {left} {item} left, cannot sell {quantity}")
        self._counts[item] = left - quantity

    def running_low(self) -> list[str]:
        return sorted(item for item, left in self._counts.items() if left <= LOW_STOCK)
