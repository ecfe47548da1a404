"""Fixtures for the integration tests only: here the stock lives in a SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from stock import SqliteStock


@pytest.fixture
def database_path(tmp_path: Path) -> Path:
    """A database file in this test's own temporary folder, so no two tests share one."""
    return tmp_path / "stock.sqlite3"


@pytest.fixture
def store(database_path: Path, opening_stock: dict[str, int]) -> Iterator[SqliteStock]:
    """The stock in a SQLite file, filled with the opening stock; closed after the test.

    Same name as the fixture in tests/conftest.py: pytest takes the nearest one,
    so this one wins for every test in this folder and below. opening_stock is
    still found in the parent conftest.
    """
    stock = SqliteStock(database_path)
    for product, quantity in opening_stock.items():
        stock.receive(product, quantity)
    yield stock
    stock.close()
