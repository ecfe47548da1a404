"""End-to-end tests: the whole shop, through the web front's test client."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from order_book import SqliteOrderBook
from storefront import create_app


@pytest.fixture
def client(tmp_path: Path) -> Iterator[FlaskClient]:
    """A test client of the storefront on a fresh SQLite book."""
    book = SqliteOrderBook(tmp_path / "orders.sqlite3")
    app = create_app(book)
    app.config["TESTING"] = True
    with app.test_client() as test_client:
        yield test_client
    book.close()
