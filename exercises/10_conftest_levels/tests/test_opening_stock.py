"""Given test, for tests/conftest.py. Do not change this file."""

from __future__ import annotations


def test_the_shop_opens_with_tea_scones_and_jam(opening_stock) -> None:
    assert opening_stock == {"tea": 12, "scones": 6, "jam": 3}


def test_a_test_may_change_its_opening_stock(opening_stock) -> None:
    opening_stock["tea"] = 0
    assert opening_stock["tea"] == 0


def test_without_changing_the_next_test(opening_stock) -> None:
    assert opening_stock["tea"] == 12
