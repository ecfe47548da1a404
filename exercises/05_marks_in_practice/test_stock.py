"""Tests of stock-taking. Locked: do not change this file; configure pytest instead."""

import random

import pytest

from stock import reorder_quantity, stock_take


def test_an_empty_shelf_orders_two_weeks_of_sales() -> None:
    assert reorder_quantity(on_hand=0, weekly_sales=15) == 30


def test_a_full_shelf_orders_nothing() -> None:
    assert reorder_quantity(on_hand=50, weekly_sales=15) == 0


def test_negative_stock_is_refused() -> None:
    with pytest.raises(ValueError):
        reorder_quantity(on_hand=-1, weekly_sales=15)


def test_stock_take_adds_counts_per_sku() -> None:
    assert stock_take([("MILK", 4), ("EGGS", 12), ("MILK", 2)]) == {"MILK": 6, "EGGS": 12}


@pytest.mark.slow
def test_a_year_of_shelf_counts_adds_up() -> None:
    chooser = random.Random(2024)
    skus = [f"SKU{n:04d}" for n in range(800)]
    counts = [(chooser.choice(skus), chooser.randint(0, 40)) for _ in range(365 * 800)]
    totals = stock_take(counts)
    assert sum(totals.values()) == sum(quantity for _, quantity in counts)
    assert set(totals) <= set(skus)
