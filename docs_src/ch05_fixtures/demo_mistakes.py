"""A demo, not collected by default: two mistakes that pytest stops at once.

Run it with `pytest demo_mistakes.py`.
"""

from pathlib import Path

import pytest

from orders import Order, OrderBook


def test_a_misspelt_fixture(ordr: Order) -> None:
    assert ordr.goods() > 0


@pytest.fixture(scope="session")
def shared_book(tmp_path: Path) -> OrderBook:
    # tmp_path belongs to one test; a session fixture outlives every test.
    return OrderBook.open(tmp_path / "orders.jsonl")


def test_a_scope_too_wide(shared_book: OrderBook) -> None:
    assert not shared_book.closed
