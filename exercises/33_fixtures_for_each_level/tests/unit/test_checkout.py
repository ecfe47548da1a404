"""Given unit tests: checking out, on the order book in memory. Do not change this file."""

from __future__ import annotations

import pytest

from basket import EmptyBasket, Line, checkout
from order_book import InMemoryOrderBook

pytestmark = pytest.mark.unit


def test_checkout_places_the_order_with_its_total(
    memory_book: InMemoryOrderBook, ana: str, tea: Line
) -> None:
    number = checkout(memory_book, ana, [tea])

    assert memory_book.total_of(number) == 900 + 495


def test_an_empty_basket_is_not_checked_out(memory_book: InMemoryOrderBook, ana: str) -> None:
    with pytest.raises(EmptyBasket):
        checkout(memory_book, ana, [])
    assert memory_book.orders_of(ana) == []


@pytest.mark.parametrize("fixture", ["sqlite_book", "client"])
def test_a_unit_test_cannot_reach(request: pytest.FixtureRequest, fixture: str) -> None:
    with pytest.raises(pytest.FixtureLookupError):
        request.getfixturevalue(fixture)
