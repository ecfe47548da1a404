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
from dataclasses import dataclass
from pathlib import Path

SECONDS_PER_HOUR = 3600


class ShelfError(Exception):
    """Something about the click-and-collect shelf went wrong."""


class AlreadyOnShelf(ShelfError):
    """The order is already waiting on the shelf."""


class NotOnShelf(ShelfError):
    """No order with that id is on the shelf."""


class HoldExpired(ShelfError):
    """The order waited longer than the shop holds orders."""


@dataclass
class _Hold:
    customer: str
    since: float


class Shelf:
    def __init__(
        self, hold_hours: float = 48, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.hold_seconds = hold_hours * SECONDS_PER_HOUR
        self.clock = clock
        self._holds: dict[int, _Hold] = {}

    def put_aside(self, order_id: int, customer: str) -> None:
        if order_id in self._holds:
            raise AlreadyOnShelf(f"order {order_id} is already on the shelf")
        self._holds[order_id] = _Hold(customer, self.clock())

    def _has_run_out(self, hold: _Hold, now: float) -> bool:
        return now - hold.since >= self.hold_seconds

    def collect(self, order_id: int) -> str:
        hold = self._holds.get(order_id)
        if hold is None:
            raise NotOnShelf(f"order {order_id} is not on the shelf")
        if self._has_run_out(hold, self.clock()):
            raise HoldExpired(f"the hold on order {order_id} has run out")
        del self._holds[order_id]
        return hold.customer

    def clear_expired(self) -> list[int]:
        now = self.clock()
        gone = [order for order, hold in self._holds.items() if self._has_run_out(hold, now)]
        for order in gone:
            del self._holds[order]
        return gone

    def write_pick_list(self, folder: Path) -> Path:
        now = self.clock()
        lines = [
            f"order-{order} {hold.customer}\n"
            for order, hold in self._holds.items()
            if not self._has_run_out(hold, now)
        ]
        path = Path(folder) / "pick-list.txt"
        path.write_text("".join(lines), encoding="utf-8")
        return path
