"""Fixtures for the integration tests: a real SQLite file per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from gift_cards import GiftCardBook


@pytest.fixture
def database(tmp_path: Path) -> Path:
    """The SQLite file of this test: tmp_path is a fresh folder per test."""
    return tmp_path / "cards.sqlite3"


@pytest.fixture
def book(database: Path) -> Iterator[GiftCardBook]:
    """A gift card book on this test's file, closed after the test."""
    cards = GiftCardBook(database)
    yield cards
    cards.close()
