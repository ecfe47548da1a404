"""Given tests of baskets. Do not change this file."""

from __future__ import annotations

import pytest

from shop_helpers import make_basket


def test_a_basket_adds_up_its_lines() -> None:
    assert make_basket(("tea", 350, 2), ("jam", 420, 1)).total() == 1120


def test_the_same_product_twice_is_one_line(empty_basket) -> None:
    empty_basket.add("tea", 350)
    empty_basket.add("tea", 350, 2)
    assert (empty_basket.quantity("tea"), empty_basket.total()) == (3, 1050)


def test_the_full_basket_of_the_payment_tests_costs_2240(full_basket) -> None:
    assert full_basket.total() == 2240


@pytest.mark.parametrize("name", ["gateway", "flaky_gateway", "declining_gateway"])
def test_basket_tests_cannot_see_the_payment_fixtures(name: str, request) -> None:
    # Only tests/payments/ may see the gateway fixtures: their conftest.py lives there.
    with pytest.raises(pytest.FixtureLookupError):
        request.getfixturevalue(name)
