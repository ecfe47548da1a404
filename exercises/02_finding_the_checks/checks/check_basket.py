"""Checks of the basket at the till."""

import pytest

from basket import Basket


def checkout(items: list[tuple[str, int, int]]) -> Basket:
    """A basket holding ``items``, each ``(name, unit price, quantity)``. Not a check."""
    basket = Basket()
    for name, price, quantity in items:
        basket.add(name, price, quantity)
    return basket


@pytest.mark.smoke
def check_an_empty_basket_costs_nothing() -> None:
    assert Basket().total() == 0


def check_adding_an_item_again_raises_its_quantity() -> None:
    basket = checkout([("apple", 45, 2), ("apple", 45, 1)])
    assert basket.receipt() == ["3 x apple @ 0.45 = 1.35"]


@pytest.mark.parametrize(
    ("items", "total"),
    [
        ([("milk", 95, 1)], 95),
        ([("milk", 95, 2), ("bread", 120, 1)], 310),
    ],
    ids=["one-line", "two-lines"],
)
def check_the_total_adds_up_every_line(items: list[tuple[str, int, int]], total: int) -> None:
    assert checkout(items).total() == total


def check_the_receipt_keeps_the_order_items_came_in() -> None:
    basket = checkout([("soap", 250, 1), ("jam", 199, 2)])
    assert basket.receipt() == ["1 x soap @ 2.50 = 2.50", "2 x jam @ 1.99 = 3.98"]
