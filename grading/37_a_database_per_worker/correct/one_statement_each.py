"""The stock room's counts, kept in the shop's database.

Another correct version: a small class around the connection, one statement per change,
and the errors worded otherwise.
"""

from __future__ import annotations

import numbers
import sqlite3


class OutOfStock(Exception):
    """A sale of more than the shop has."""


class _Room:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def quantity(self, sku: str) -> int:
        (value,) = self.connection.execute(
            "SELECT COALESCE(MAX(quantity), 0) FROM stock WHERE sku = ?", (sku,)
        ).fetchone()
        return int(value)

    def take(self, sku: str, quantity: int) -> int:
        self.connection.execute(
            "UPDATE stock SET quantity = quantity - :n WHERE sku = :sku",
            {"sku": sku, "n": quantity},
        )
        return self.quantity(sku)

    def add(self, sku: str, quantity: int) -> int:
        self.connection.execute(
            "INSERT INTO stock VALUES (:sku, :n)"
            " ON CONFLICT (sku) DO UPDATE SET quantity = stock.quantity + :n",
            {"sku": sku, "n": quantity},
        )
        return self.quantity(sku)


def _valid(quantity: object) -> bool:
    whole = isinstance(quantity, numbers.Integral) and not isinstance(quantity, bool)
    return whole and quantity >= 1  # type: ignore[operator]


def count(connection: sqlite3.Connection, sku: str) -> int:
    return _Room(connection).quantity(sku)


def receive(connection: sqlite3.Connection, sku: str, quantity: int) -> int:
    if not _valid(quantity):
        raise ValueError(f"cannot receive {quantity!r} of {sku}")
    return _Room(connection).add(sku, quantity)


def sell(connection: sqlite3.Connection, sku: str, quantity: int) -> int:
    if not _valid(quantity):
        raise ValueError(f"cannot sell {quantity!r} of {sku}")
    room = _Room(connection)
    have = room.quantity(sku)
    if have < quantity:
        raise OutOfStock(f"only {have} of {sku} in stock")
    return room.take(sku, quantity)


def to_reorder(connection: sqlite3.Connection, below: int = 5) -> list[str]:
    return [
        sku
        for (sku,) in connection.execute(
            "SELECT sku FROM stock WHERE quantity < ? ORDER BY sku ASC", (below,)
        )
    ]
