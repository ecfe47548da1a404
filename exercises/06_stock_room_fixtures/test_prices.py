"""Tests of the price list. Locked: they ask for fixtures that you write in conftest.py."""

import pytest

import pricelist


def test_apples_cost_35_cents(price_list) -> None:
    assert price_list["APPLE"] == 35


def test_a_test_cannot_change_the_shared_price_list(price_list) -> None:
    with pytest.raises(TypeError):
        price_list["APPLE"] = 1


class TestOneLoadForTheWholeRun:
    def test_bread_costs_420_cents(self, price_list) -> None:
        assert price_list["BREAD"] == 420

    def test_the_price_list_was_loaded_once(self, price_list) -> None:
        loads = pricelist.load_count()
        assert loads == 1, f"the price list was loaded {loads} times: share one load across the run"
