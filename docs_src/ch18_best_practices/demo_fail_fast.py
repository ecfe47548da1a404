"""Three tests broken by one change (milk went up to 120 cents in the tests, not in the
price list they build the basket with): a run that stops early says so sooner."""

from __future__ import annotations

from basket import Basket


def test_milk_costs_120() -> None:
    basket = Basket({"MILK": 119})
    basket.add("MILK")
    total = basket.total()
    assert total == 120


def test_two_milks_cost_240() -> None:
    basket = Basket({"MILK": 119})
    basket.add("MILK", 2)
    total = basket.total()
    assert total == 240


def test_ten_milks_get_the_bulk_discount() -> None:
    basket = Basket({"MILK": 119})
    basket.add("MILK", 10)
    total = basket.total()
    assert total == 1080
