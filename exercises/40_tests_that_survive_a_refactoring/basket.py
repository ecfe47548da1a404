"""The basket of Tessa's online shop.

The rules:

* ``Basket(prices)`` starts empty; ``prices`` maps each SKU the shop sells to its unit
  price in cents.
* ``add(sku, quantity=1)`` puts items in the basket; adding a SKU that is already there
  raises its quantity.
* ``add`` refuses a SKU that is not in the price list with ``UnknownItem``, and a quantity
  below 1 with ``ValueError``.
* ``remove(sku, quantity=1)`` takes items out; taking out every one of a SKU removes its
  line. Taking out a SKU the basket does not hold, or more of it than it holds, raises
  ``ValueError`` and changes nothing.
* ``lines()`` is a list of ``(sku, quantity)`` pairs, in the order the SKUs were first
  added.
* ``total()`` is what the basket costs in cents: each line its unit price times its
  quantity, and a line of 10 or more of one item 10% less, the discount rounded down to
  whole cents. It is always the total of what the basket holds now.
"""

from __future__ import annotations

BULK_QUANTITY = 10
BULK_PERCENT = 10


class UnknownItem(KeyError):
    """The shop does not sell this SKU."""


class Basket:
    def __init__(self, prices: dict[str, int]) -> None:
        self._prices = dict(prices)
        self._lines: list[tuple[str, int]] = []  # (sku, quantity), in the order added
        self._cached_total: int | None = None

    def _index(self, sku: str) -> int | None:
        for index, (held_sku, _) in enumerate(self._lines):
            if held_sku == sku:
                return index
        return None

    def _changed(self) -> None:
        self._cached_total = None

    def add(self, sku: str, quantity: int = 1) -> None:
        if sku not in self._prices:
            raise UnknownItem(sku)
        if quantity < 1:
            raise ValueError(f"cannot add {quantity} of {sku}")
        index = self._index(sku)
        if index is None:
            self._lines.append((sku, quantity))
        else:
            self._lines[index] = (sku, self._lines[index][1] + quantity)
        self._changed()

    def remove(self, sku: str, quantity: int = 1) -> None:
        index = self._index(sku)
        held = 0 if index is None else self._lines[index][1]
        if index is None or quantity > held:
            raise ValueError(f"the basket holds {held} of {sku}, cannot take out {quantity}")
        if quantity == held:
            del self._lines[index]
        else:
            self._lines[index] = (sku, held - quantity)
        self._changed()

    def lines(self) -> list[tuple[str, int]]:
        return list(self._lines)

    def _line_price(self, sku: str, quantity: int) -> int:
        price = self._prices[sku] * quantity
        if quantity >= BULK_QUANTITY:
            price -= price * BULK_PERCENT // 100
        return price

    def total(self) -> int:
        if self._cached_total is None:
            self._cached_total = sum(self._line_price(sku, qty) for sku, qty in self._lines)
        return self._cached_total
