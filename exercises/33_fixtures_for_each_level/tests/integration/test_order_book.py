"""Given integration tests: the order book on SQLite. Do not change this file."""

from __future__ import annotations

import pytest

from basket import Line, checkout
from order_book import SqliteOrderBook

pytestmark = pytest.mark.integration


def test_a_customer_is_found_whatever_the_case(sqlite_book: SqliteOrderBook, ana: str) -> None:
    first = sqlite_book.place(f" {ana.title()}", 900)
    sqlite_book.place("bob@example.com", 400)

    assert sqlite_book.orders_of(ana) == [first]


def test_checkout_stores_the_total(sqlite_book: SqliteOrderBook, ana: str, tea: Line) -> None:
    number = checkout(sqlite_book, ana, [tea])

    assert sqlite_book.total_of(number) == 1395


@pytest.mark.parametrize("fixture", ["memory_book", "client"])
def test_an_integration_test_cannot_reach(request: pytest.FixtureRequest, fixture: str) -> None:
    with pytest.raises(pytest.FixtureLookupError):
        request.getfixturevalue(fixture)
