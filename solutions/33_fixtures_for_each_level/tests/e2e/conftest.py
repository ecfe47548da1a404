"""End-to-end tests only: the storefront's test client. Flask is imported here alone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from order_book import SqliteOrderBook
from storefront import create_app


@pytest.fixture
def client(tmp_path: Path) -> Iterator[FlaskClient]:
    """A test client of the storefront, on a SQLite book of this test's own.

    It builds its own book rather than asking for sqlite_book: that fixture belongs to
    the integration level, which this folder cannot see.
    """
    book = SqliteOrderBook(tmp_path / "storefront.sqlite3")
    app = create_app(book)
    app.config["TESTING"] = True
    with app.test_client() as test_client:
        yield test_client
    book.close()
