"""Where the shop keeps loyalty points: a table in a SQLite database."""

from __future__ import annotations

import sqlite3

from shop.customers import Customer


class PointsLedger:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS points"
            " (email TEXT PRIMARY KEY, balance INTEGER NOT NULL)"
        )

    def add(self, customer: Customer, points: int) -> None:
        self._db.execute(
            "INSERT INTO points VALUES (?, ?) "
            "ON CONFLICT(email)"
            " DO UPDATE SET balance = balance + excluded.balance",
            (customer.email, points),
        )

    def balance(self, customer: Customer) -> int:
        row = self._db.execute(
            "SELECT balance FROM points WHERE email = ?", (customer.email,)
        ).fetchone()
        return row[0] if row else 0
