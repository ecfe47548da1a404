"""A test that sat in conftest.py, where pytest never collects tests, so it never ran."""

from __future__ import annotations

import pytest

from baskets import Basket
from payments import CardDeclined, take_payment
from shop_helpers import FakeGateway


def test_a_declined_card_is_tried_only_once(
    declining_gateway: FakeGateway, full_basket: Basket
) -> None:
    with pytest.raises(CardDeclined):
        take_payment(declining_gateway, "4000 0000 0000 0002", full_basket.total())
    assert len(declining_gateway.charges) == 1
