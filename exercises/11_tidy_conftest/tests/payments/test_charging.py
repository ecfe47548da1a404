"""Given tests of taking payment. Do not change this file."""

from __future__ import annotations

import pytest

from payments import PaymentFailed, take_payment
from shop_helpers import FakeGateway, make_basket

CARD = "4242 4242 4242 4242"


def test_a_good_card_pays_for_the_basket(gateway: FakeGateway, full_basket) -> None:
    assert take_payment(gateway, CARD, full_basket.total()) == "receipt-1"
    assert gateway.charges == [(CARD, 2240)]


def test_timeouts_are_tried_again(flaky_gateway: FakeGateway) -> None:
    receipt = take_payment(flaky_gateway, CARD, make_basket(("tea", 350, 1)).total())
    assert (receipt, len(flaky_gateway.charges)) == ("receipt-3", 3)


def test_the_shop_gives_up_after_three_timeouts() -> None:
    hopeless = FakeGateway(timeouts=5)
    with pytest.raises(PaymentFailed):
        take_payment(hopeless, CARD, 500)
    assert len(hopeless.charges) == 3


def test_nothing_to_pay_is_refused(gateway: FakeGateway, empty_basket) -> None:
    with pytest.raises(ValueError):
        take_payment(gateway, CARD, empty_basket.total())
    assert gateway.charges == []
