"""Your unit tests: the rules of card_code and split, no database. See README.md."""

from __future__ import annotations

from gift_cards import split


def test_a_card_with_enough_balance_pays_everything() -> None:
    assert split(2000, 1395) == (1395, 0)


# TODO: a card with less than the price: what does it pay, and what is left?
# TODO: a negative price, and a price of 0.
# TODO: card_code: case and spaces around the code.
