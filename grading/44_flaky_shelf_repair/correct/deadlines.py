"""Click and collect: orders put aside behind the counter until their customer comes.

Tessa's customers order online and pick their order up at the shop. The rules:

* ``shelf.put_aside(order_id, customer)`` puts an order on the shelf; an order already on
  the shelf raises ``AlreadyOnShelf``.
* An order is held for ``hold_hours`` hours from the moment it is put aside (48 unless the
  shelf was made with another number); once that time has passed, to the second or more,
  its hold has run out.
* ``shelf.collect(order_id)`` returns the customer's name, and the order leaves the shelf.
  Collecting an order that is not on the shelf raises ``NotOnShelf``; one whose hold has
  run out raises ``HoldExpired``.
* ``shelf.clear_expired()`` takes every order whose hold has run out off the shelf and
  returns their ids, the first put aside first.
* ``shelf.write_pick_list(folder)`` writes ``pick-list.txt`` in ``folder``: one line
  ``order-<id> <customer>`` per order still held (expired ones left out), the first put
  aside first, and returns the file's path.
* The shelf reads the time only from the ``clock`` it was given: a function that returns
  seconds, ``time.monotonic`` unless told otherwise. Tests hand it a clock of their own.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path


class ShelfError(Exception):
    """A problem with the click-and-collect shelf."""


class AlreadyOnShelf(ShelfError):
    pass


class NotOnShelf(ShelfError):
    pass


class HoldExpired(ShelfError):
    pass


class Shelf:
    """Keeps, for each order, its customer and the moment its hold runs out."""

    def __init__(
        self, hold_hours: float = 48, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._hold = hold_hours * 60 * 60
        self._clock = clock
        self._customers: dict[int, str] = {}
        self._deadlines: dict[int, float] = {}

    def put_aside(self, order_id: int, customer: str) -> None:
        if order_id in self._customers:
            raise AlreadyOnShelf(f"#{order_id} waits on the shelf already")
        self._customers[order_id] = customer
        self._deadlines[order_id] = self._clock() + self._hold

    def _expired(self, now: float) -> list[int]:
        return [order for order, deadline in self._deadlines.items() if deadline <= now]

    def collect(self, order_id: int) -> str:
        if order_id not in self._customers:
            raise NotOnShelf(f"nothing on the shelf for #{order_id}")
        if order_id in self._expired(self._clock()):
            raise HoldExpired(f"#{order_id} was held too long")
        del self._deadlines[order_id]
        return self._customers.pop(order_id)

    def clear_expired(self) -> list[int]:
        expired = self._expired(self._clock())
        for order in expired:
            del self._customers[order], self._deadlines[order]
        return expired

    def write_pick_list(self, folder: Path) -> Path:
        expired = set(self._expired(self._clock()))
        target = Path(folder, "pick-list.txt")
        with target.open("w", encoding="utf-8") as pick_list:
            for order, customer in self._customers.items():
                if order not in expired:
                    pick_list.write(f"order-{order} {customer}\n")
        return target
