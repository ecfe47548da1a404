"""Unit tests: the basket's arithmetic and the checkout rules, on the fake book."""

from __future__ import annotations

import pytest

from basket import EmptyBasket, Line, checkout, total
from order_book import InMemoryOrderBook

TEA = Line("TEA-80", 450, 2)


# --8<-- [start:unit-tests]
def test_a_small_order_pays_delivery() -> None:
    assert total([TEA]) == 900 + 495


def test_delivery_is_free_from_5000_cents_of_goods() -> None:
    assert total([Line("COFFEE-400", 1000, 5)]) == 5000


def test_checkout_places_the_order_with_its_total(book: InMemoryOrderBook) -> None:
    number = checkout(book, "ana@example.com", [TEA])

    assert book.total_of(number) == 1395


def test_an_empty_basket_is_not_checked_out(book: InMemoryOrderBook) -> None:
    with pytest.raises(EmptyBasket):
        checkout(book, "ana@example.com", [])
    assert book.orders_of("ana@example.com") == []
# --8<-- [end:unit-tests]
