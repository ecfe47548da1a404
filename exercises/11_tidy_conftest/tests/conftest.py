"""Everything the shop's tests share. It has grown untidy: see the README."""

from __future__ import annotations

import pytest

from baskets import Basket
from payments import CardDeclined, GatewayTimeout, take_payment

# TODO: this file is for fixtures that every test folder needs, and nothing
#       else. Look at each thing below and ask who uses it, and whether it is a
#       fixture at all.


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


@pytest.fixture
def empty_basket() -> Basket:
    return Basket()


@pytest.fixture
def full_basket() -> Basket:
    return make_basket(("tea", 350, 2), ("scones", 280, 4), ("jam", 420, 1))


@pytest.fixture
def gateway() -> FakeGateway:
    return FakeGateway()


@pytest.fixture
def flaky_gateway() -> FakeGateway:
    return FakeGateway(timeouts=2)


@pytest.fixture
def declining_gateway() -> FakeGateway:
    return FakeGateway(decline=True)


def test_a_declined_card_is_tried_only_once(
    declining_gateway: FakeGateway, full_basket: Basket
) -> None:
    with pytest.raises(CardDeclined):
        take_payment(declining_gateway, "4000 0000 0000 0002", full_basket.total())
    assert len(declining_gateway.charges) == 1
