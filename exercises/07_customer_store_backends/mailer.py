"""The shop's e-mail, as far as the tests can see it.

* ``outbox`` lists every mail sent in this process, oldest first.
* ``send_welcome(email, name)`` welcomes a new customer, once per address for the life
  of the process: the mailer remembers every address it has welcomed (a module-level
  cache), so someone who closes an account and signs up again is not welcomed twice.
* ``reset()`` empties the outbox and forgets every address welcomed so far.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Mail:
    to: str
    subject: str


outbox: list[Mail] = []
_welcomed: set[str] = set()


def send_welcome(email: str, name: str) -> None:
    address = email.casefold()
    if address in _welcomed:
        return
    _welcomed.add(address)
    outbox.append(Mail(to=email, subject=f"Welcome to Tessa's corner shop, {name}"))


def reset() -> None:
    outbox.clear()
    _welcomed.clear()
