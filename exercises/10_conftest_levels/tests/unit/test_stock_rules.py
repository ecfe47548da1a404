"""Given unit tests: the stock rules, on a store in memory. Do not change this file."""

from __future__ import annotations

import pytest

from stock import InMemoryStock, OutOfStock


def test_unit_tests_get_the_store_in_memory(store) -> None:
    assert isinstance(store, InMemoryStock)


def test_the_store_holds_the_opening_stock(store, opening_stock) -> None:
    assert {product: store.level(product) for product in opening_stock} == opening_stock


def test_taking_lowers_the_level(store) -> None:
    store.take("tea", 2)
    assert store.level("tea") == 10


def test_nobody_takes_more_than_is_on_the_shelf(store) -> None:
    with pytest.raises(OutOfStock):
        store.take("jam", 4)
    assert store.level("jam") == 3


def test_a_product_never_received_stands_at_zero(store) -> None:
    assert store.level("honey") == 0
