"""Unit tests only: the fake order book. Nothing here touches a file."""

from __future__ import annotations

import pytest

from order_book import InMemoryOrderBook


@pytest.fixture
def memory_book() -> InMemoryOrderBook:
    """A fresh order book in memory."""
    return InMemoryOrderBook()
