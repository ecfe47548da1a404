"""The loyalty club's cards: who has one, and under which number.

Another correct version: two dictionaries, one by e-mail and one by number, and the
last number issued rather than the next.
"""

from __future__ import annotations


class AlreadyMember(Exception):
    """The e-mail already has a card."""


class UnknownCard(LookupError):
    """No current card has that number."""


class CardRegistry:
    def __init__(self) -> None:
        self.last_number = 1000
        self.by_email: dict[str, int] = {}
        self.by_number: dict[int, str] = {}

    @staticmethod
    def _key(email: str) -> str:
        return email.lower().strip()

    def issue(self, email: str) -> int:
        key = self._key(email)
        if key in self.by_email:
            raise AlreadyMember("this customer is already in the club")
        self.last_number += 1
        self.by_email[key] = self.last_number
        self.by_number[self.last_number] = key
        return self.last_number

    def card_of(self, email: str) -> int | None:
        return self.by_email.get(self._key(email))

    def cancel(self, number: int) -> None:
        try:
            email = self.by_number.pop(number)
        except KeyError:
            raise UnknownCard(f"card {number} is not current") from None
        del self.by_email[email]

    def members(self) -> list[str]:
        return [self.by_number[n] for n in sorted(self.by_number)]
