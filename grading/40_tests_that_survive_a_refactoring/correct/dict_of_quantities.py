"""The basket of Tessa's online shop, refactored: one dict of quantities, no cache.

Same rules as the course's basket.py: add and remove by SKU, lines in the order first
added, 10% off a line of 10 or more (rounded down), refusals that change nothing.
"""

from __future__ import annotations


class UnknownItem(KeyError):
    """The shop does not sell this SKU."""


def _discounted(unit_price: int, quantity: int) -> int:
    gross = unit_price * quantity
    return gross - gross // 10 if quantity >= 10 else gross


class Basket:
    def __init__(self, prices: dict[str, int]) -> None:
        self.price_list = dict(prices)
        # A dict remembers the order its keys were first inserted in.
        self.quantities: dict[str, int] = {}

    def add(self, sku: str, quantity: int = 1) -> None:
        if sku not in self.price_list:
            raise UnknownItem(f"the shop does not sell {sku!r}")
        if quantity <= 0:
            raise ValueError(f"a quantity of {quantity} cannot be added")
        self.quantities[sku] = self.quantities.get(sku, 0) + quantity

    def remove(self, sku: str, quantity: int = 1) -> None:
        held = self.quantities.get(sku, 0)
        if not 0 < quantity <= held:
            raise ValueError(f"cannot take {quantity} of {sku!r} out of a basket holding {held}")
        if quantity == held:
            del self.quantities[sku]
        else:
            self.quantities[sku] = held - quantity

    def lines(self) -> list[tuple[str, int]]:
        return list(self.quantities.items())

    def total(self) -> int:
        return sum(_discounted(self.price_list[s], q) for s, q in self.quantities.items())
