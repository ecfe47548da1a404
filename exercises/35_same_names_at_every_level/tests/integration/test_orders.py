"""Integration tests: the SQLite order book keeps its promises on a real database."""

from __future__ import annotations

import pytest

from order_book import SqliteOrderBook, UnknownOrder


def test_orders_are_numbered_from_one(book: SqliteOrderBook) -> None:
    assert [book.place("ana@example.com", 900), book.place("bob@example.com", 400)] == [1, 2]


def test_a_customer_is_found_whatever_the_case(book: SqliteOrderBook) -> None:
    first = book.place(" Ana@Example.com", 900)
    book.place("bob@example.com", 400)

    assert book.orders_of("ana@example.com") == [first]


def test_an_unknown_number_raises(book: SqliteOrderBook) -> None:
    with pytest.raises(UnknownOrder):
        book.total_of(7)


@pytest.mark.slow
def test_three_hundred_orders_keep_their_totals(book: SqliteOrderBook) -> None:
    numbers = [book.place("ana@example.com", cents) for cents in range(300)]

    assert [book.total_of(n) for n in numbers] == list(range(300))
