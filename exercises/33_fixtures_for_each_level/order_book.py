"""Where the shop keeps its orders: in memory for fast tests, in SQLite for real.

Both books keep the same promises: ``place`` returns a new order number (1, 2, 3...),
``total_of`` the total of one order (``UnknownOrder`` for a number never placed), and
``orders_of`` a customer's order numbers, oldest first. A customer is their e-mail
address, whatever its case and the spaces around it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


class UnknownOrder(LookupError):
    """No order has this number."""


def _customer(email: str) -> str:
    return email.strip().lower()


class InMemoryOrderBook:
    """A fake for unit tests: the same promises as the SQLite book, in a list."""

    def __init__(self) -> None:
        self._orders: list[tuple[str, int]] = []

    def place(self, customer: str, total: int) -> int:
        self._orders.append((_customer(customer), total))
        return len(self._orders)

    def total_of(self, number: int) -> int:
        if not 1 <= number <= len(self._orders):
            raise UnknownOrder(number)
        return self._orders[number - 1][1]

    def orders_of(self, customer: str) -> list[int]:
        wanted = _customer(customer)
        return [n for n, (who, _) in enumerate(self._orders, 1) if who == wanted]


class SqliteOrderBook:
    """The orders in a SQLite file; ``close()`` when done with it."""

    def __init__(self, path: Path | str) -> None:
        self._db = sqlite3.connect(path)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS orders ("
            " number INTEGER PRIMARY KEY AUTOINCREMENT,"
            " customer TEXT NOT NULL,"
            " total INTEGER NOT NULL)"
        )
        self._db.commit()

    def place(self, customer: str, total: int) -> int:
        with self._db:
            (number,) = self._db.execute(
                "INSERT INTO orders (customer, total) VALUES (?, ?) RETURNING number",
                (_customer(customer), total),
            ).fetchone()
        return int(number)

    def total_of(self, number: int) -> int:
        row = self._db.execute("SELECT total FROM orders WHERE number = ?", (number,)).fetchone()
        if row is None:
            raise UnknownOrder(number)
        return int(row[0])

    def orders_of(self, customer: str) -> list[int]:
        rows = self._db.execute(
            "SELECT number FROM orders WHERE customer = ? ORDER BY number", (_customer(customer),)
        )
        return [int(number) for (number,) in rows]

    def close(self) -> None:
        self._db.close()
