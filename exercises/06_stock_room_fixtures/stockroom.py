"""The stock room of Tessa's corner shop, kept in a JSON file.

* ``StockRoom.open(path)`` opens the room whose counts live in ``path`` (a new file
  starts empty).
* ``receive(sku, quantity)`` and ``take(sku, quantity)`` change a count; taking more
  than there is raises ``OutOfStock`` and changes nothing.
* ``close()`` writes the counts to the file and closes the room; a closed room refuses
  every change with ``RoomClosed``. Closing twice is harmless.
* ``open_rooms()`` is how many rooms are open right now, in this process.
"""

from __future__ import annotations

import json
from pathlib import Path


class OutOfStock(Exception):
    """More items were taken than the room holds."""


class RoomClosed(Exception):
    """The room was used after ``close()``."""


_open_rooms: set[StockRoom] = set()


def open_rooms() -> int:
    return len(_open_rooms)


class StockRoom:
    def __init__(self, path: Path, counts: dict[str, int]) -> None:
        self.path = path
        self._counts = counts
        self.closed = False

    @classmethod
    def open(cls, path: Path) -> StockRoom:
        counts = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        room = cls(path, counts)
        _open_rooms.add(room)
        return room

    def _check_open(self) -> None:
        if self.closed:
            raise RoomClosed(f"the stock room at {self.path} is closed")

    def receive(self, sku: str, quantity: int) -> None:
        self._check_open()
        if quantity <= 0:
            raise ValueError("receive a positive quantity")
        self._counts[sku] = self._counts.get(sku, 0) + quantity

    def take(self, sku: str, quantity: int) -> None:
        self._check_open()
        if quantity > self.count(sku):
            raise OutOfStock(f"only {self.count(sku)} of {sku} in stock, {quantity} wanted")
        self._counts[sku] -= quantity

    def count(self, sku: str) -> int:
        return self._counts.get(sku, 0)

    def counts(self) -> dict[str, int]:
        """Every SKU the room has held, with its count (zero counts included)."""
        return dict(self._counts)

    def close(self) -> None:
        if self.closed:
            return
        self.path.write_text(json.dumps(self._counts, sort_keys=True), encoding="utf-8")
        self.closed = True
        _open_rooms.discard(self)
