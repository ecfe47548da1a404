"""The loyalty club's cards: who has one, and under which number.

Another correct version: a list of card records, with cancelled cards kept and marked,
a counter from itertools, and errors worded otherwise.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass


class AlreadyMember(Exception):
    """The e-mail already has a card."""


class UnknownCard(LookupError):
    """No current card has that number."""


@dataclass
class Card:
    number: int
    email: str
    current: bool = True


class CardRegistry:
    def __init__(self) -> None:
        self._numbers = itertools.count(1001)
        self._cards: list[Card] = []

    def _current(self) -> list[Card]:
        return [card for card in self._cards if card.current]

    def issue(self, email: str) -> int:
        email = " ".join(email.split()).lower()
        if any(card.email == email for card in self._current()):
            raise AlreadyMember(f"a card for {email!r} exists")
        card = Card(next(self._numbers), email)
        self._cards.append(card)
        return card.number

    def card_of(self, email: str) -> int | None:
        wanted = " ".join(email.split()).lower()
        for card in self._current():
            if card.email == wanted:
                return card.number
        return None

    def cancel(self, number: int) -> None:
        for card in self._current():
            if card.number == number:
                card.current = False
                return
        raise UnknownCard(number)

    def members(self) -> list[str]:
        return [card.email for card in self._current()]
