"""The stock report's everyday tests: quick, and run on every change."""

from __future__ import annotations

from stock_report import restock_order, running_low


def test_running_low_lists_skus_at_or_below_the_threshold_alphabetically() -> None:
    levels = {"MILK": 2, "BREAD": 3, "EGGS": 4, "TEA-80": 0}
    assert running_low(levels) == ["BREAD", "MILK", "TEA-80"]


def test_restock_brings_every_sku_back_to_the_target() -> None:
    assert restock_order({"MILK": 2, "BREAD": 12, "EGGS": 10}, target=10) == {"MILK": 8}


def test_an_empty_shop_needs_nothing() -> None:
    assert running_low({}) == []
    assert restock_order({}, target=10) == {}
