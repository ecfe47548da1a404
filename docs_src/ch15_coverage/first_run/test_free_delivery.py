"""The tests that term-missing asked for: the `if` that is not taken."""

from delivery import order_total


def test_delivery_is_free_from_5000_cents() -> None:
    assert order_total(5000) == 5000


def test_an_empty_basket_costs_nothing() -> None:
    assert order_total(0) == 0
