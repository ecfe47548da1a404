"""Your tests for stock.py. Run `checker check 37` to see how thorough they are.

The database is made once per run, on the server of conftest.py, because making one is
slow on a real server. Under `pytest -n 2` two workers each make it... with the same
name. And the tests share what they write. Fix both, then test every rule.
"""

import sqlite3
from collections.abc import Iterator

import pytest

from db_server import DatabaseServer
from stock import count, receive


@pytest.fixture(scope="session")
def database(db_server: DatabaseServer) -> str:
    # TODO: one name for every worker; and the database is never dropped.
    db_server.create_database("shop_test")
    return "shop_test"


@pytest.fixture
def db(db_server: DatabaseServer, database: str) -> Iterator[sqlite3.Connection]:
    connection = db_server.connect(database)
    yield connection
    # TODO: what the test wrote stays for the next test to find.
    connection.commit()
    connection.close()


def test_receiving_adds_to_the_stock(db: sqlite3.Connection) -> None:
    receive(db, "MILK", 12)

    assert count(db, "MILK") == 12


# TODO: what receive and sell return; a SKU never seen; the smallest quantity.
# TODO: selling every item left, and one more: the error, and the count afterwards.
# TODO: to_reorder: the threshold, sold-out SKUs, the order, another `below`.
# TODO: none of them commits: what does a rollback undo?
