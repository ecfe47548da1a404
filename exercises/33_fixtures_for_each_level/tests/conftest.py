"""Every fixture of the suite, in one file that every test can see. Yours to sort out.

A unit test can ask for a SQLite book here, and an integration test for the web client:
nothing says which level needs what. See README.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from basket import Line
from order_book import InMemoryOrderBook, SqliteOrderBook
from storefront import create_app


@pytest.fixture
def ana() -> str:
    """Ana Lima, a regular, as the shop knows her: by her e-mail address."""
    return "ana@example.com"


@pytest.fixture
def tea() -> Line:
    """Two boxes of tea: 900 cents of goods, so delivery is charged."""
    return Line("TEA-80", 450, 2)


@pytest.fixture
def memory_book() -> InMemoryOrderBook:
    """A fresh order book in memory."""
    return InMemoryOrderBook()


@pytest.fixture
def sqlite_book(tmp_path: Path) -> Iterator[SqliteOrderBook]:
    """An order book in a SQLite file of this test's own, closed after the test."""
    book = SqliteOrderBook(tmp_path / "orders.sqlite3")
    yield book
    book.close()


@pytest.fixture
def client(tmp_path: Path) -> Iterator[FlaskClient]:
    """A test client of the storefront, on a SQLite book of this test's own."""
    book = SqliteOrderBook(tmp_path / "storefront.sqlite3")
    app = create_app(book)
    app.config["TESTING"] = True
    with app.test_client() as test_client:
        yield test_client
    book.close()
