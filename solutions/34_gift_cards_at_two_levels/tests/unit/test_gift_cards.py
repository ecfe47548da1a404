"""Unit tests: the rules of card_code and split. Pure functions, so no database."""

from __future__ import annotations

import pytest

from gift_cards import card_code, split


@pytest.mark.parametrize(
    ("balance", "price", "expected"),
    [
        pytest.param(2000, 1395, (1395, 0), id="enough-on-the-card"),
        pytest.param(1395, 1395, (1395, 0), id="exactly-enough"),
        pytest.param(500, 1395, (500, 895), id="the-rest-left-to-pay"),
        pytest.param(0, 1395, (0, 1395), id="an-empty-card"),
        pytest.param(2000, 0, (0, 0), id="nothing-to-pay"),
    ],
)
def test_the_card_pays_what_its_balance_allows(
    balance: int, price: int, expected: tuple[int, int]
) -> None:
    assert split(balance, price) == expected


@pytest.mark.parametrize("price", [-1, -1395])
def test_a_negative_price_is_refused(price: int) -> None:
    with pytest.raises(ValueError):
        split(2000, price)


@pytest.mark.parametrize("typed", ["GIFT-0042", "gift-0042", " Gift-0042 "])
def test_a_code_is_read_whatever_its_case_and_spaces(typed: str) -> None:
    assert card_code(typed) == "GIFT-0042"
