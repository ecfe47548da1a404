"""The loyalty club's cards: who has one, and under which number.

The rules:

* A new registry's first card is number 1001; each card issued after it gets the next
  number. A cancelled card's number is never given out again by that registry.
* An e-mail is the same customer whatever its case and the spaces around it; it is
  stored in lower case, without them.
* Issuing a card to an e-mail that already has one raises ``AlreadyMember`` and uses up
  no number.
* ``card_of(email)`` returns the customer's card number, or ``None`` for an e-mail
  without a card.
* ``cancel(number)`` ends a card, after which its e-mail may be issued a new one;
  cancelling a number that is not a current card raises ``UnknownCard``.
* ``members()`` returns the e-mails of the current card holders, as stored, in the order
  their cards were issued.
"""

from __future__ import annotations

FIRST_NUMBER = 1001


class AlreadyMember(Exception):
    """The e-mail already has a card."""


class UnknownCard(LookupError):
    """No current card has that number."""


def normalise(email: str) -> str:
    return email.strip().lower()


class CardRegistry:
    def __init__(self) -> None:
        self._next = FIRST_NUMBER
        self._holders: dict[int, str] = {}  # number -> e-mail; dicts keep insertion order

    def issue(self, email: str) -> int:
        email = normalise(email)
        if email in self._holders.values():
            raise AlreadyMember(f"{email} already has card {self.card_of(email)}")
        number = self._next
        self._next += 1
        self._holders[number] = email
        return number

    def card_of(self, email: str) -> int | None:
        email = normalise(email)
        return next((n for n, holder in self._holders.items() if holder == email), None)

    def cancel(self, number: int) -> None:
        if number not in self._holders:
            raise UnknownCard(f"no current card has number {number}")
        del self._holders[number]

    def members(self) -> list[str]:
        return list(self._holders.values())
