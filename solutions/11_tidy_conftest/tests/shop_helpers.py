"""Helpers for the shop's tests: ordinary code, imported by whoever needs it.

They lived in conftest.py before. A conftest is pytest's file: pytest imports it
itself, under a name of its choosing, so `from conftest import ...` may import
another folder's conftest, or the same one twice. A module of our own is plain.
"""

from __future__ import annotations

from baskets import Basket
from payments import CardDeclined, GatewayTimeout


class FakeGateway:
    """A card gateway that fails as it is told to and remembers every charge."""

    def __init__(self, timeouts: int = 0, decline: bool = False) -> None:
        self.timeouts_left = timeouts
        self.decline = decline
        self.charges: list[tuple[str, int]] = []

    def charge(self, card: str, amount: int) -> str:
        self.charges.append((card, amount))
        if self.decline:
            raise CardDeclined(card)
        if self.timeouts_left:
            self.timeouts_left -= 1
            raise GatewayTimeout()
        return f"receipt-{len(self.charges)}"


def make_basket(*lines: tuple[str, int, int]) -> Basket:
    """A basket holding ``(product, unit price, quantity)`` lines."""
    basket = Basket()
    for product, unit_price, quantity in lines:
        basket.add(product, unit_price, quantity)
    return basket
