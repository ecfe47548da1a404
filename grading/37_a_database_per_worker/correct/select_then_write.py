"""The stock room's counts, kept in the shop's database.

Another correct version: it reads the count first and then inserts or updates, and
words its errors otherwise.
"""

from __future__ import annotations

import sqlite3


class OutOfStock(Exception):
    """A sale of more than the shop has."""


def _whole_and_positive(quantity: object) -> int:
    if type(quantity) is not int or quantity <= 0:
        raise ValueError("quantity must be a positive whole number")
    return quantity


def count(connection: sqlite3.Connection, sku: str) -> int:
    for (quantity,) in connection.execute("SELECT quantity FROM stock WHERE sku = ?", [sku]):
        return quantity
    return 0


def receive(connection: sqlite3.Connection, sku: str, quantity: int) -> int:
    quantity = _whole_and_positive(quantity)
    known = connection.execute("SELECT 1 FROM stock WHERE sku = ?", [sku]).fetchone()
    if known:
        connection.execute(
            "UPDATE stock SET quantity = quantity + ? WHERE sku = ?", [quantity, sku]
        )
    else:
        connection.execute("INSERT INTO stock VALUES (?, ?)", [sku, quantity])
    return count(connection, sku)


def sell(connection: sqlite3.Connection, sku: str, quantity: int) -> int:
    quantity = _whole_and_positive(quantity)
    updated = connection.execute(
        "UPDATE stock SET quantity = quantity - ? WHERE sku = ? AND quantity >= ?",
        [quantity, sku, quantity],
    )
    if updated.rowcount == 0:
        raise OutOfStock(f"not enough {sku} for a sale of {quantity}")
    return count(connection, sku)


def to_reorder(connection: sqlite3.Connection, below: int = 5) -> list[str]:
    low = connection.execute("SELECT sku, quantity FROM stock").fetchall()
    return sorted(sku for sku, quantity in low if quantity < below)
