"""Integration tests: the real order book, on a SQLite file of the test's own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from order_book import SqliteOrderBook


@pytest.fixture
def book(tmp_path: Path) -> Iterator[SqliteOrderBook]:
    """A SQLite order book in this test's own folder, closed after the test."""
    sqlite_book = SqliteOrderBook(tmp_path / "orders.sqlite3")
    yield sqlite_book
    sqlite_book.close()
