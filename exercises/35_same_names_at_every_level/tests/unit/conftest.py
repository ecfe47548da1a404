"""Unit tests: an order book in memory, and no database at all."""

from __future__ import annotations

import sqlite3

import pytest

from order_book import InMemoryOrderBook


@pytest.fixture
def book() -> InMemoryOrderBook:
    """A fresh fake order book: same promises as the SQLite one, in a list."""
    return InMemoryOrderBook()


@pytest.fixture(autouse=True)
def no_database(monkeypatch: pytest.MonkeyPatch) -> None:
    """A unit test that opens a database fails at once, instead of slowly passing."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise RuntimeError("unit tests do not open databases: move this test to integration/")

    monkeypatch.setattr(sqlite3, "connect", refuse)
