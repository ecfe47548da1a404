"""Tests for restock.py: the three given ones, then one for each entry of the report's
Missing column (19, 30->29, 32), then the rules that no coverage report can point at.
"""

import pytest

from restock import first_short, units_to_order


def test_a_short_shelf_is_topped_up_in_whole_cases() -> None:
    assert units_to_order(on_hand=3, minimum=20, case_size=12) == 24


@pytest.mark.parametrize("case_size", [0, -12], ids=["empty-case", "negative-case"])
def test_a_case_holds_at_least_one_unit(case_size: int) -> None:
    with pytest.raises(ValueError):
        units_to_order(on_hand=3, minimum=20, case_size=case_size)


def test_the_only_short_item_is_named() -> None:
    assert first_short({"MILK": 2}, {"MILK": 6}) == "MILK"


# Line 19: a shelf that needs nothing. At the minimum, and far above it: a shelf with
# more than a case too many is where a missing check shows.
@pytest.mark.parametrize("on_hand", [20, 21, 45], ids=["at-minimum", "just-above", "far-above"])
def test_a_full_shelf_orders_nothing(on_hand: int) -> None:
    assert units_to_order(on_hand=on_hand, minimum=20, case_size=12) == 0


# Not in the report: every line of the arithmetic ran, but a shortfall of exactly one
# case never did.
def test_a_shortfall_of_exactly_one_case_orders_one_case() -> None:
    assert units_to_order(on_hand=8, minimum=20, case_size=12) == 12


# The jump 30->29: an SKU that is not short, so the loop goes on to the next one.
def test_an_item_that_is_not_short_is_passed_over() -> None:
    assert first_short({"BREAD": 9, "MILK": 2}, {"BREAD": 4, "MILK": 6}) == "MILK"


# Line 32: nothing short at all. `is None`, not a falsy check: "" would pass `not ...`.
def test_nothing_short_gives_none() -> None:
    assert first_short({"BREAD": 9, "MILK": 6}, {"BREAD": 4, "MILK": 6}) is None


# What the report cannot show: the order, the boundary and a missing SKU.
def test_the_first_short_item_is_first_in_alphabetical_order() -> None:
    minimums = {"TEA-80": 5, "EGGS": 12, "MILK": 6}

    assert first_short({"TEA-80": 0, "EGGS": 0, "MILK": 0}, minimums) == "EGGS"


def test_stock_at_its_minimum_is_not_short() -> None:
    assert first_short({"EGGS": 12, "MILK": 1}, {"EGGS": 12, "MILK": 6}) == "MILK"


def test_an_item_missing_from_the_stock_has_none_on_hand() -> None:
    assert first_short({"MILK": 6}, {"EGGS": 12, "MILK": 6}) == "EGGS"
