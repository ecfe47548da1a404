"""Tests for stock.py, on one database per xdist worker, each test rolled back.

Making a database is slow on a real server, so each worker makes its own once, named
after the worker (`shop_test_gw0`, `shop_test_gw1`; `shop_test_master` without xdist),
and drops it at the end. Each test then works inside a transaction that is rolled back,
so it finds the database empty whatever ran before it, in any order.
"""

import sqlite3
from collections.abc import Iterator

import pytest

from db_server import DatabaseServer
from stock import OutOfStock, count, receive, sell, to_reorder


@pytest.fixture(scope="session")
def database(db_server: DatabaseServer, worker_id: str) -> Iterator[str]:
    """This worker's own database, for the whole session of the worker."""
    name = f"shop_test_{worker_id}"
    db_server.create_database(name)
    yield name
    db_server.drop_database(name)


@pytest.fixture
def db(db_server: DatabaseServer, database: str) -> Iterator[sqlite3.Connection]:
    """A connection whose work is rolled back after the test: the next one starts empty."""
    connection = db_server.connect(database)
    try:
        yield connection
    finally:
        connection.rollback()
        connection.close()


def test_receiving_adds_to_the_stock_and_returns_the_new_count(db: sqlite3.Connection) -> None:
    assert receive(db, "MILK", 12) == 12
    assert receive(db, "MILK", 3) == 15
    assert count(db, "MILK") == 15


def test_a_sku_never_received_counts_zero(db: sqlite3.Connection) -> None:
    assert count(db, "TEA-80") == 0


@pytest.mark.parametrize("quantity", [0, -1, 1.5, "2"], ids=["zero", "negative", "float", "text"])
def test_quantities_below_one_or_not_whole_are_refused(
    db: sqlite3.Connection, quantity: object
) -> None:
    receive(db, "EGGS", 6)

    with pytest.raises(ValueError):
        receive(db, "EGGS", quantity)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        sell(db, "EGGS", quantity)  # type: ignore[arg-type]

    assert count(db, "EGGS") == 6


def test_one_is_a_quantity(db: sqlite3.Connection) -> None:
    assert receive(db, "BREAD", 1) == 1
    assert sell(db, "BREAD", 1) == 0


def test_selling_takes_from_the_stock_and_returns_what_is_left(db: sqlite3.Connection) -> None:
    receive(db, "COFFEE-400", 10)

    assert sell(db, "COFFEE-400", 4) == 6
    assert count(db, "COFFEE-400") == 6


def test_every_item_left_may_be_sold(db: sqlite3.Connection) -> None:
    receive(db, "MILK", 5)

    assert sell(db, "MILK", 5) == 0


def test_selling_more_than_is_left_is_refused_and_changes_nothing(
    db: sqlite3.Connection,
) -> None:
    receive(db, "MILK", 5)

    with pytest.raises(OutOfStock):
        sell(db, "MILK", 6)

    assert count(db, "MILK") == 5


def test_a_sku_never_received_cannot_be_sold(db: sqlite3.Connection) -> None:
    with pytest.raises(OutOfStock):
        sell(db, "WATER-6X1L", 1)


def test_to_reorder_lists_skus_below_the_threshold_sold_out_included_by_name(
    db: sqlite3.Connection,
) -> None:
    for sku, quantity in [("TEA-80", 1), ("BREAD", 5), ("MILK", 4), ("EGGS", 30), ("BAG", 2)]:
        receive(db, sku, quantity)
    sell(db, "BAG", 2)

    assert to_reorder(db) == ["BAG", "MILK", "TEA-80"]


def test_to_reorder_takes_another_threshold(db: sqlite3.Connection) -> None:
    receive(db, "BREAD", 5)
    receive(db, "EGGS", 30)

    assert to_reorder(db, below=6) == ["BREAD"]
    assert to_reorder(db, below=31) == ["BREAD", "EGGS"]


def test_nothing_is_committed_so_a_rollback_undoes_it(db: sqlite3.Connection) -> None:
    receive(db, "MILK", 8)
    sell(db, "MILK", 5)

    db.rollback()

    assert count(db, "MILK") == 0
