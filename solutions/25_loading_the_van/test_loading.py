"""Tests for loading.py: a benchmark that sorts a fresh, realistic morning in every
round and checks the list it sorted, and small tests for each rule."""

from __future__ import annotations

import random

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from loading import Order, sort_for_loading

# Every quarter of an hour from 8:00 to 11:45: slots before and after ten o'clock, and
# several in one hour.
SLOTS = [f"{hour}:{minute:02d}" for hour in range(8, 12) for minute in (0, 15, 30, 45)]


@pytest.fixture
def loading_order() -> list[Order]:
    """A realistic morning of 320 orders, already in the order the rules give: express
    first, then by slot, then by number."""
    orders = []
    for kind, express in enumerate((True, False)):
        for position, slot in enumerate(SLOTS):
            # Later slots get smaller numbers, so that no key follows from another.
            first = 1000 - 20 * (kind * len(SLOTS) + position)
            orders += [Order(first + i, slot, express) for i in range(10)]
    return orders


def test_a_shuffled_morning_is_sorted_in_place(
    benchmark: BenchmarkFixture, loading_order: list[Order]
) -> None:
    given: list[list[Order]] = []

    def a_fresh_shuffled_morning() -> tuple[tuple[list[Order]], dict[str, object]]:
        # Runs before every round, outside the timing: each round sorts a list that
        # needs sorting, never one an earlier round already sorted.
        orders = loading_order.copy()
        random.Random(len(given)).shuffle(orders)
        given.append(orders)
        return (orders,), {}

    result = benchmark.pedantic(
        sort_for_loading, setup=a_fresh_shuffled_morning, rounds=20, warmup_rounds=2
    )

    # The same list object comes back, and that list (the caller's) is sorted.
    assert result is given[-1]
    assert given[-1] == loading_order


def test_express_orders_come_first() -> None:
    orders = [Order(1, "8:00"), Order(2, "11:00", express=True)]
    assert sort_for_loading(orders) == [Order(2, "11:00", express=True), Order(1, "8:00")]


def test_slots_are_compared_as_times_of_day() -> None:
    orders = [Order(1, "10:00"), Order(2, "9:30")]
    assert sort_for_loading(orders) == [Order(2, "9:30"), Order(1, "10:00")]


def test_minutes_count_within_an_hour() -> None:
    orders = [Order(1, "9:45"), Order(2, "9:15")]
    assert sort_for_loading(orders) == [Order(2, "9:15"), Order(1, "9:45")]


def test_one_slot_goes_by_order_number() -> None:
    orders = [Order(12, "9:00"), Order(4, "9:00")]
    assert sort_for_loading(orders) == [Order(4, "9:00"), Order(12, "9:00")]


def test_the_callers_list_is_the_one_sorted() -> None:
    orders = [Order(2, "9:00"), Order(1, "9:00")]
    returned = sort_for_loading(orders)
    assert returned is orders
    assert orders == [Order(1, "9:00"), Order(2, "9:00")]
