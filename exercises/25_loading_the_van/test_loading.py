"""Your tests for loading.py. Run `checker check 25` to see how thorough they are.

sort_for_loading changes the list it is given. A benchmark runs it many times: which
list does the second round sort?
"""

from __future__ import annotations

from pytest_benchmark.fixture import BenchmarkFixture

from loading import Order, sort_for_loading


def test_the_morning_is_loaded_in_order(benchmark: BenchmarkFixture) -> None:
    orders = [Order(7, "10:00"), Order(3, "8:30", express=True), Order(5, "8:30")]

    # TODO: after the first round, this list is already sorted: every other round times
    #       a list that needs no sorting. Use benchmark.pedantic(..., setup=...) so that
    #       each round gets a fresh, shuffled list, and a realistic one (300 orders).
    benchmark(sort_for_loading, orders)

    # TODO: assert the loading order. And which list holds it: the one you gave, or
    #       only the one returned?


# TODO: express first; slots as times ("9:30" before "10:00", "9:15" before "9:45");
#       order numbers within a slot.
