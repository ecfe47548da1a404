"""Tests for pricing.py: each rule in its docstring, at and around its boundaries."""

import pytest

from pricing import delivery_fee, line_total, order_total


def test_one_item_costs_its_unit_price() -> None:
    assert line_total(250, 1) == 250


def test_nine_items_pay_full_price() -> None:
    # One below the bulk quantity: no discount yet.
    assert line_total(100, 9) == 900


def test_ten_items_get_ten_percent_off() -> None:
    # Exactly the bulk quantity: the discount starts here, not one later.
    assert line_total(100, 10) == 900


def test_bulk_discount_rounds_down_to_whole_cents() -> None:
    # 10 x 99 = 990; 10% is 99.0 cents; 11 x 99 = 1089, 10% is 108.9 -> 108 off.
    assert line_total(99, 11) == 981


def test_zero_quantity_costs_nothing() -> None:
    assert line_total(250, 0) == 0


@pytest.mark.parametrize(("price", "quantity"), [(-1, 1), (100, -1)])
def test_negative_price_or_quantity_is_refused(price: int, quantity: int) -> None:
    with pytest.raises(ValueError):
        line_total(price, quantity)


def test_delivery_costs_495_below_the_threshold() -> None:
    assert delivery_fee(4999) == 495


def test_delivery_is_free_at_exactly_the_threshold() -> None:
    assert delivery_fee(5000) == 0


def test_order_total_adds_delivery_to_small_orders() -> None:
    assert order_total([(250, 2), (100, 1)]) == 600 + 495


def test_order_total_judges_delivery_after_the_discount() -> None:
    # 10 x 520 = 5200 before the discount, 4680 after: below 5000, so delivery is due.
    assert order_total([(520, 10)]) == 4680 + 495


def test_large_order_ships_free() -> None:
    assert order_total([(2500, 2)]) == 5000


def test_empty_basket_costs_nothing() -> None:
    assert order_total([]) == 0
