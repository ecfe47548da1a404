"""Given integration tests: the same store, kept in a SQLite file. Do not change this file."""

from __future__ import annotations

import pytest

from stock import SqliteStock


def test_integration_tests_get_the_sqlite_store(store) -> None:
    assert isinstance(store, SqliteStock)


def test_the_store_holds_the_opening_stock(store, opening_stock) -> None:
    assert {product: store.level(product) for product in opening_stock} == opening_stock


def test_the_store_writes_to_the_database_file(store, database_path) -> None:
    assert store.path == database_path


def test_levels_survive_closing_the_till(store, database_path) -> None:
    store.take("scones", 4)
    reopened = SqliteStock(database_path)
    try:
        assert reopened.level("scones") == 2
    finally:
        reopened.close()


@pytest.mark.parametrize("turn", ["first", "second"])
def test_every_test_gets_a_database_of_its_own(turn: str, store) -> None:
    assert store.level("tea") == 12, "this database was used by an earlier test"
    store.take("tea", 12)
