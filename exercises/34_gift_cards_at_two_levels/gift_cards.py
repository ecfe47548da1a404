"""Gift cards of Tessa's corner shop: the rules in two functions, the cards in SQLite.

Amounts are whole cents. A card's code is written ``GIFT-`` and four digits, such as
``GIFT-0042``; a customer may type it in any case, with spaces around it.

* ``card_code(text)`` is the code as the shop stores it: ``" gift-0042 "`` is
  ``"GIFT-0042"``.
* ``split(balance, price)`` returns ``(from_card, to_pay)``: the card pays as much of the
  price as its balance allows, the rest is left to pay. A negative price raises
  ``ValueError``.
* ``GiftCardBook(path)`` keeps the cards in a SQLite file: ``issue(code, cents)`` adds a
  card (``CardExists`` if the code is taken, and the card stays as it was),
  ``balance(code)`` reads one (``UnknownCard`` if there is none), ``pay(code, price)``
  takes the card's share from that card only and returns what is left to pay. Every
  change is saved at once: another book on the same file sees it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


class UnknownCard(LookupError):
    """No card has this code."""


class CardExists(ValueError):
    """A card with this code was already issued."""


def card_code(text: str) -> str:
    return text.strip().upper()


def split(balance: int, price: int) -> tuple[int, int]:
    if price < 0:
        raise ValueError(f"a price cannot be negative: {price}")
    from_card = min(balance, price)
    return from_card, price - from_card


class GiftCardBook:
    def __init__(self, path: Path | str) -> None:
        self._db = sqlite3.connect(path)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS cards (code TEXT PRIMARY KEY, balance INTEGER NOT NULL)"
        )
        self._db.commit()

    def issue(self, code: str, cents: int) -> None:
        try:
            self._db.execute(
                "INSERT INTO cards (code, balance) VALUES (?, ?)", (card_code(code), cents)
            )
        except sqlite3.IntegrityError:
            raise CardExists(code) from None
        self._db.commit()

    def balance(self, code: str) -> int:
        row = self._db.execute(
            "SELECT balance FROM cards WHERE code = ?", (card_code(code),)
        ).fetchone()
        if row is None:
            raise UnknownCard(code)
        return int(row[0])

    def pay(self, code: str, price: int) -> int:
        from_card, to_pay = split(self.balance(code), price)
        self._db.execute(
            "UPDATE cards SET balance = balance - ? WHERE code = ?", (from_card, card_code(code))
        )
        self._db.commit()
        return to_pay

    def close(self) -> None:
        self._db.close()
