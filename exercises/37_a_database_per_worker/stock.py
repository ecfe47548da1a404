"""The stock room's counts, kept in the shop's database.

Every function takes an open ``sqlite3`` connection to a database with the ``stock``
table. The rules:

* ``receive(connection, sku, quantity)`` adds to the SKU's stock (a SKU never seen
  before starts from 0) and returns the new count.
* ``receive`` and ``sell`` take a whole number of at least 1, or raise ``ValueError``.
* ``sell(connection, sku, quantity)`` takes from the stock and returns what is left.
  Selling every item left is allowed; asking for more raises ``OutOfStock`` and leaves
  the count as it was.
* ``count(connection, sku)`` is the SKU's stock, and 0 for a SKU never received.
* ``to_reorder(connection, below=5)`` returns the SKUs with fewer than ``below`` items
  left, sold-out ones included, in alphabetical order.
* None of them commits: the caller decides, and a rollback undoes what they did.
"""

from __future__ import annotations

import sqlite3


class OutOfStock(Exception):
    """A sale of more than the shop has."""


def _check(quantity: int) -> None:
    if not isinstance(quantity, int) or isinstance(quantity, bool) or quantity < 1:
        raise ValueError(f"a quantity is a whole number of at least 1, not {quantity!r}")


def count(connection: sqlite3.Connection, sku: str) -> int:
    row = connection.execute("SELECT quantity FROM stock WHERE sku = ?", (sku,)).fetchone()
    return 0 if row is None else int(row[0])


def receive(connection: sqlite3.Connection, sku: str, quantity: int) -> int:
    _check(quantity)
    connection.execute(
        "INSERT INTO stock (sku, quantity) VALUES (?, ?)"
        " ON CONFLICT (sku) DO UPDATE SET quantity = quantity + excluded.quantity",
        (sku, quantity),
    )
    return count(connection, sku)


def sell(connection: sqlite3.Connection, sku: str, quantity: int) -> int:
    _check(quantity)
    left = count(connection, sku)
    if quantity > left:
        raise OutOfStock(f"{sku}: {quantity} wanted, {left} left")
    connection.execute("UPDATE stock SET quantity = ? WHERE sku = ?", (left - quantity, sku))
    return left - quantity


def to_reorder(connection: sqlite3.Connection, below: int = 5) -> list[str]:
    rows = connection.execute(
        "SELECT sku FROM stock WHERE quantity < ? ORDER BY sku", (below,)
    ).fetchall()
    return [sku for (sku,) in rows]
