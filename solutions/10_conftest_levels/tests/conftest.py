"""Fixtures every test of the shop may use, wherever it sits under tests/."""

from __future__ import annotations

import pytest

from stock import InMemoryStock


@pytest.fixture
def opening_stock() -> dict[str, int]:
    """What the shop opens with: a new dict for every test, so a test may change its own."""
    return {"tea": 12, "scones": 6, "jam": 3}


@pytest.fixture
def store(opening_stock: dict[str, int]) -> InMemoryStock:
    """The stock in memory, filled with the opening stock: fast, and gone after the test.

    tests/integration/conftest.py has a fixture of the same name; tests under
    tests/integration/ get that one instead of this one.
    """
    stock = InMemoryStock()
    for product, quantity in opening_stock.items():
        stock.receive(product, quantity)
    return stock
