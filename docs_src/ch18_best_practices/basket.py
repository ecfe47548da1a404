"""A basket for Tessa's online shop: prices, the bulk discount and the WELCOME10 coupon."""

from __future__ import annotations

PRICES = {"TEA-80": 349, "MILK": 119, "EGGS": 289, "COFFEE-400": 699}


class UnknownItem(KeyError):
    """The shop does not sell this SKU."""


class UnknownCoupon(ValueError):
    """No such coupon."""


class Basket:
    def __init__(self, prices: dict[str, int] | None = None) -> None:
        self._prices = dict(PRICES if prices is None else prices)
        self._quantities: dict[str, int] = {}
        self._coupon: str | None = None

    def add(self, sku: str, quantity: int = 1) -> None:
        if sku not in self._prices:
            raise UnknownItem(sku)
        if quantity < 1:
            raise ValueError(f"cannot add {quantity} of {sku}")
        self._quantities[sku] = self._quantities.get(sku, 0) + quantity

    def lines(self) -> list[tuple[str, int]]:
        return list(self._quantities.items())

    def goods(self) -> int:
        """Every line at its unit price, 10% off a line of 10 or more (rounded down)."""
        total = 0
        for sku, quantity in self._quantities.items():
            line = self._prices[sku] * quantity
            if quantity >= 10:
                line -= line // 10
            total += line
        return total

    def apply_coupon(self, code: str) -> None:
        if code.strip().upper() != "WELCOME10":
            raise UnknownCoupon(code)
        self._coupon = "WELCOME10"

    def total(self) -> int:
        goods = self.goods()
        return goods - goods // 10 if self._coupon else goods
