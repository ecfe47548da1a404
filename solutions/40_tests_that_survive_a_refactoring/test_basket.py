"""Tests for basket.py that speak only through its public methods.

Each test arranges a basket, acts once, and asserts on what a customer could see:
lines(), total(), or the error. Nothing here names a private attribute or helper, so
the tests hold for any basket that keeps the rules, however it is built inside.
"""

from __future__ import annotations

import pytest

from basket import Basket, UnknownItem

PRICES = {"TEA-80": 349, "MILK": 119, "EGGS": 289}


@pytest.fixture
def basket() -> Basket:
    """An empty basket on the shop's price list."""
    return Basket(PRICES)


def test_a_new_basket_is_empty_and_costs_nothing(basket: Basket) -> None:
    assert basket.lines() == []
    assert basket.total() == 0


def test_adding_an_item_again_raises_its_quantity(basket: Basket) -> None:
    basket.add("MILK")

    basket.add("MILK", 2)

    assert basket.lines() == [("MILK", 3)]


def test_lines_keep_the_order_items_were_first_added(basket: Basket) -> None:
    basket.add("TEA-80")
    basket.add("EGGS")

    basket.add("TEA-80")

    assert basket.lines() == [("TEA-80", 2), ("EGGS", 1)]


def test_adding_an_item_the_shop_does_not_sell_is_refused(basket: Basket) -> None:
    with pytest.raises(UnknownItem):
        basket.add("CAVIAR")

    assert basket.lines() == []


@pytest.mark.parametrize("quantity", [0, -1], ids=["zero", "negative"])
def test_adding_fewer_than_one_item_is_refused(basket: Basket, quantity: int) -> None:
    with pytest.raises(ValueError):
        basket.add("MILK", quantity)

    assert basket.lines() == []


def test_removing_some_items_leaves_the_rest(basket: Basket) -> None:
    basket.add("EGGS", 5)

    basket.remove("EGGS", 3)

    assert basket.lines() == [("EGGS", 2)]


def test_removing_every_item_of_a_line_removes_the_line(basket: Basket) -> None:
    basket.add("EGGS", 2)
    basket.add("MILK")

    basket.remove("EGGS", 2)

    assert basket.lines() == [("MILK", 1)]


@pytest.mark.parametrize(
    ("sku", "quantity"),
    [("MILK", 1), ("EGGS", 3)],
    ids=["an-item-not-in-the-basket", "more-than-the-basket-holds"],
)
def test_a_refused_removal_changes_nothing(basket: Basket, sku: str, quantity: int) -> None:
    basket.add("EGGS", 2)

    with pytest.raises(ValueError):
        basket.remove(sku, quantity)

    assert basket.lines() == [("EGGS", 2)]


@pytest.mark.parametrize(
    ("quantity", "total"),
    [
        (1, 349),
        (9, 9 * 349),
        (10, 3141),  # 3490 less 349
        (11, 3456),  # 3839 less 383.9, rounded down to 383
    ],
    ids=["one", "nine-at-full-price", "ten-get-10-percent-off", "discount-rounded-down"],
)
def test_the_total_prices_each_line_with_the_bulk_discount(
    basket: Basket, quantity: int, total: int
) -> None:
    basket.add("TEA-80", quantity)

    assert basket.total() == total


def test_the_total_adds_up_every_line(basket: Basket) -> None:
    basket.add("TEA-80")
    basket.add("MILK", 2)

    assert basket.total() == 349 + 2 * 119


def test_the_total_follows_every_change_to_the_basket(basket: Basket) -> None:
    basket.add("EGGS", 2)
    assert basket.total() == 578

    basket.add("EGGS")
    assert basket.total() == 867

    basket.remove("EGGS")
    assert basket.total() == 578
