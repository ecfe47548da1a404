"""The basket's tests, as a colleague left them. Every one passes on basket.py today.

Next week basket.py is refactored: same rules, other insides. `checker check 40` runs
these tests against two such refactorings, and most of them fail there although nothing
a customer could see has changed. Rewrite them to test what the basket does, through
its public methods only, and add what the rules need.
"""

from __future__ import annotations

from unittest.mock import patch

import pytest

from basket import Basket, UnknownItem

PRICES = {"TEA-80": 349, "MILK": 119, "EGGS": 289}


# TODO: a fixture instead of this helper, so that each test asks for a fresh basket.
def make_basket() -> Basket:
    return Basket(PRICES)


def test_add_appends_a_tuple_to_the_lines_list() -> None:
    basket = make_basket()
    basket.add("TEA-80", 2)
    assert basket._lines == [("TEA-80", 2)]


def test_add_twice_updates_the_same_tuple() -> None:
    basket = make_basket()
    basket.add("MILK")
    basket.add("MILK", 2)
    assert basket._lines[0][1] == 3
    assert basket._index("MILK") == 0


def test_total_asks_line_price_once_per_line() -> None:
    basket = make_basket()
    basket.add("TEA-80")
    basket.add("EGGS", 2)
    with patch.object(Basket, "_line_price", return_value=100) as line_price:
        assert basket.total() == 200
    assert line_price.call_count == 2


def test_total_is_cached_until_the_basket_changes() -> None:
    basket = make_basket()
    basket.add("EGGS", 2)
    basket.total()
    assert basket._cached_total == 578
    basket.add("EGGS")
    assert basket._cached_total is None


def test_unknown_item() -> None:
    basket = make_basket()
    with pytest.raises(UnknownItem):
        basket.add("CAVIAR")
    assert basket._lines == []


# TODO: the rules the tests above never reach: removing, the order of the lines, the
#       bulk discount and its rounding, quantities below 1.
