"""Integration tests: GiftCardBook keeps its promises on a real SQLite file.

The arithmetic of split is the unit tests' business; these check what only a database
can get wrong: which rows change, what is refused, and what is saved.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from gift_cards import CardExists, GiftCardBook, UnknownCard


def test_a_card_is_found_whatever_the_case_typed(book: GiftCardBook) -> None:
    book.issue("gift-0042", 2000)

    assert book.balance(" GIFT-0042 ") == 2000


def test_an_unknown_code_raises(book: GiftCardBook) -> None:
    with pytest.raises(UnknownCard):
        book.balance("GIFT-0001")


def test_a_code_is_issued_once_and_the_card_stays_as_it_was(book: GiftCardBook) -> None:
    book.issue("GIFT-0042", 2000)

    with pytest.raises(CardExists):
        book.issue("GIFT-0042", 5000)
    assert book.balance("GIFT-0042") == 2000


def test_paying_takes_from_that_card_only(book: GiftCardBook) -> None:
    book.issue("GIFT-0042", 2000)
    book.issue("GIFT-0007", 1000)

    assert book.pay("GIFT-0042", 1395) == 0
    assert book.balance("GIFT-0042") == 605
    assert book.balance("GIFT-0007") == 1000


def test_a_card_that_is_short_leaves_the_rest_to_pay(book: GiftCardBook) -> None:
    book.issue("GIFT-0042", 500)

    assert book.pay("GIFT-0042", 1395) == 895
    assert book.balance("GIFT-0042") == 0


def test_cards_and_payments_are_saved(book: GiftCardBook, database: Path) -> None:
    book.issue("GIFT-0042", 2000)
    book.pay("GIFT-0042", 1395)
    book.close()

    reopened = GiftCardBook(database)
    try:
        assert reopened.balance("GIFT-0042") == 605
    finally:
        reopened.close()
