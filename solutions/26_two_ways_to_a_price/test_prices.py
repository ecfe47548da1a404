"""Tests for prices.py: both ways of finding a price benchmarked side by side in one
group, on a realistic price list, each checked for the right answer; then the rules
that both must keep, tested on both."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from prices import Entry, PriceIndex, UnknownSku, find_price

Lookup = Callable[[str], int]


def by_scanning(entries: list[Entry]) -> Lookup:
    return partial(find_price, entries)


def by_index(entries: list[Entry]) -> Lookup:
    return PriceIndex(entries).price


@pytest.fixture(params=[by_scanning, by_index], ids=["scan", "index"])
def lookup_in(request: pytest.FixtureRequest) -> Callable[[list[Entry]], Lookup]:
    """Each test runs once with each way of finding a price."""
    return request.param  # type: ignore[no-any-return]


@pytest.fixture
def price_list() -> list[Entry]:
    """The shop's price list as it grows: 2000 SKUs, then a new price for every tenth
    of them, typed by hand (lower case, stray spaces)."""
    first = [Entry(f"ITEM-{n:04d}", 100 + n) for n in range(2000)]
    changes = [Entry(f" item-{n:04d} ", 5000 + n) for n in range(0, 2000, 10)]
    return first + changes


@pytest.mark.benchmark(group="price of one SKU")
def test_the_till_finds_the_newest_price(
    benchmark: BenchmarkFixture,
    lookup_in: Callable[[list[Entry]], Lookup],
    price_list: list[Entry],
) -> None:
    # Reading the list into an index is set-up: the group compares one lookup each.
    price = lookup_in(price_list)

    # Both ways time the same question and must give the same, newest, answer.
    assert benchmark(price, "Item-1230") == 5000 + 1230


def test_a_sku_with_one_entry_has_that_price(
    lookup_in: Callable[[list[Entry]], Lookup], price_list: list[Entry]
) -> None:
    assert lookup_in(price_list)("ITEM-1231") == 100 + 1231


def test_a_sku_is_the_same_in_any_case_and_spacing(
    lookup_in: Callable[[list[Entry]], Lookup],
) -> None:
    price = lookup_in([Entry(" tea-80", 450)])
    assert price("TEA-80 ") == 450


def test_an_unlisted_sku_is_refused_by_name(
    lookup_in: Callable[[list[Entry]], Lookup], price_list: list[Entry]
) -> None:
    with pytest.raises(UnknownSku, match="COCOA"):
        lookup_in(price_list)("COCOA")


def test_an_added_price_is_the_one_the_index_gives() -> None:
    index = PriceIndex([Entry("MILK", 129)])
    index.add(Entry("MILK", 135))
    assert index.price("MILK") == 135
