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
from typing import NamedTuple


class ShelfError(Exception):
    pass


class AlreadyOnShelf(ShelfError):
    pass


class NotOnShelf(ShelfError):
    pass


class HoldExpired(ShelfError):
    pass


class Row(NamedTuple):
    order_id: int
    customer: str
    put_aside_at: float


class Shelf:
    """The shelf as a list of rows, in the order the orders came."""

    def __init__(
        self, hold_hours: float = 48, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.hold_hours = hold_hours
        self.clock = clock
        self.rows: list[Row] = []

    def _find(self, order_id: int) -> Row | None:
        return next((row for row in self.rows if row.order_id == order_id), None)

    def _over(self, row: Row, now: float) -> bool:
        return row.put_aside_at + self.hold_hours * 3600 <= now

    def put_aside(self, order_id: int, customer: str) -> None:
        if self._find(order_id) is not None:
            raise AlreadyOnShelf(order_id)
        self.rows.append(Row(order_id, customer, self.clock()))

    def collect(self, order_id: int) -> str:
        row = self._find(order_id)
        if row is None:
            raise NotOnShelf(order_id)
        if self._over(row, self.clock()):
            raise HoldExpired(order_id)
        self.rows.remove(row)
        return row.customer

    def clear_expired(self) -> list[int]:
        now = self.clock()
        kept = [row for row in self.rows if not self._over(row, now)]
        gone = [row.order_id for row in self.rows if self._over(row, now)]
        self.rows = kept
        return gone

    def write_pick_list(self, folder: Path) -> Path:
        now = self.clock()
        text = "".join(
            f"order-{row.order_id} {row.customer}\n" for row in self.rows if not self._over(row, now)
        )
        path = Path(folder) / "pick-list.txt"
        path.write_text(text, encoding="utf-8")
        return path
