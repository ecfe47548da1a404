"""The shelves of Tessa's corner shop: how many of each item are left.

The rules the shop keeps:

* An item the shop has never stocked has nothing on the shelf.
* A delivery adds to the shelf; a sale takes from it.
* Deliveries and sales move at least one item: a quantity below 1 is
  a mistake and raises ValueError.
* The shop cannot sell what it does not have: a sale larger than the
  shelf raises OutOfStock and leaves the shelf as it was.
"""

from __future__ import annotations


class OutOfStock(Exception):
    """A sale asked for more items than the shelf holds."""


class Shelves:
    """Item counts by SKU, the shop's code for an item ("TEA-80")."""

    def __init__(self) -> None:
        self._counts: dict[str, int] = {}

    def __repr__(self) -> str:
        # What pytest prints for a Shelves object when a test fails.
        return f"Shelves({self._counts})"

    def count(self, sku: str) -> int:
        return self._counts.get(sku, 0)

    def receive(self, sku: str, quantity: int) -> None:
        _require_positive(quantity)
        self._counts[sku] = self.count(sku) + quantity

    def sell(self, sku: str, quantity: int) -> None:
        _require_positive(quantity)
        on_shelf = self.count(sku)
        if quantity > on_shelf:
            raise OutOfStock(
                f"cannot sell {quantity} x {sku}: {on_shelf} on the shelf"
            )
        self._counts[sku] = on_shelf - quantity


def _require_positive(quantity: int) -> None:
    if quantity < 1:
        raise ValueError(f"a quantity must be at least 1, not {quantity}")
