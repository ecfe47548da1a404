"""Integration tests only: the real order book, on SQLite."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from order_book import SqliteOrderBook


@pytest.fixture
def sqlite_book(tmp_path: Path) -> Iterator[SqliteOrderBook]:
    """An order book in a SQLite file of this test's own, closed after the test."""
    book = SqliteOrderBook(tmp_path / "orders.sqlite3")
    yield book
    book.close()
