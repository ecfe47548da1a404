"""Where Tessa's corner shop keeps its customers: two stores, one way to use them.

* ``MemoryCustomers()`` keeps customers in a dictionary: quick, and gone with the
  process. The till uses it when the network is down.
* ``SqliteCustomers(path)`` keeps them in the SQLite file at ``path``.

Both stores promise the same:

* ``add(name, email)`` saves a new customer with the next free id (from 1) and no
  points. An e-mail address belongs to one customer only, whatever its case: a second
  ``Ana@Example.com`` beside ``ana@example.com`` raises ``DuplicateEmail``.
* ``get(id)`` returns the customer or raises ``UnknownCustomer``;
  ``find_by_email(email)`` returns the customer with that address (in any case) or None.
* ``award(id, points)`` adds loyalty points; ``remove(id)`` forgets the customer.
* ``close()`` lets go of what the store holds. ``open_databases()`` says how many
  SQLite stores are open in this process.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, replace
from pathlib import Path


@dataclass(frozen=True)
class Customer:
    id: int
    name: str
    email: str
    points: int = 0


class DuplicateEmail(Exception):
    """Another customer already has this e-mail address."""


class UnknownCustomer(LookupError):
    """No customer has this id."""


class MemoryCustomers:
    def __init__(self) -> None:
        self._by_id: dict[int, Customer] = {}
        self._next_id = 1

    def add(self, name: str, email: str) -> Customer:
        if self.find_by_email(email) is not None:
            raise DuplicateEmail(email)
        customer = Customer(self._next_id, name, email)
        self._by_id[customer.id] = customer
        self._next_id += 1
        return customer

    def get(self, customer_id: int) -> Customer:
        try:
            return self._by_id[customer_id]
        except KeyError:
            raise UnknownCustomer(customer_id) from None

    def find_by_email(self, email: str) -> Customer | None:
        wanted = email.casefold()
        return next((c for c in self._by_id.values() if c.email.casefold() == wanted), None)

    def award(self, customer_id: int, points: int) -> None:
        customer = self.get(customer_id)
        self._by_id[customer_id] = replace(customer, points=customer.points + points)

    def remove(self, customer_id: int) -> None:
        self.get(customer_id)
        del self._by_id[customer_id]

    def close(self) -> None:
        self._by_id.clear()


_open_connections: set[sqlite3.Connection] = set()


def open_databases() -> int:
    return len(_open_connections)


class SqliteCustomers:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(path)
        _open_connections.add(self._db)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS customers ("
            " id INTEGER PRIMARY KEY AUTOINCREMENT,"
            " name TEXT NOT NULL,"
            " email TEXT NOT NULL UNIQUE COLLATE NOCASE,"
            " points INTEGER NOT NULL DEFAULT 0)"
        )

    def add(self, name: str, email: str) -> Customer:
        try:
            with self._db:
                cursor = self._db.execute(
                    "INSERT INTO customers (name, email) VALUES (?, ?)", (name, email)
                )
        except sqlite3.IntegrityError:
            raise DuplicateEmail(email) from None
        assert cursor.lastrowid is not None
        return Customer(cursor.lastrowid, name, email)

    def _one(self, where: str, value: object) -> Customer | None:
        row = self._db.execute(
            f"SELECT id, name, email, points FROM customers WHERE {where}", (value,)
        ).fetchone()
        return Customer(*row) if row else None

    def get(self, customer_id: int) -> Customer:
        customer = self._one("id = ?", customer_id)
        if customer is None:
            raise UnknownCustomer(customer_id)
        return customer

    def find_by_email(self, email: str) -> Customer | None:
        return self._one("email = ?", email)

    def award(self, customer_id: int, points: int) -> None:
        self.get(customer_id)
        with self._db:
            self._db.execute(
                "UPDATE customers SET points = points + ? WHERE id = ?", (points, customer_id)
            )

    def remove(self, customer_id: int) -> None:
        self.get(customer_id)
        with self._db:
            self._db.execute("DELETE FROM customers WHERE id = ?", (customer_id,))

    def close(self) -> None:
        _open_connections.discard(self._db)
        self._db.close()
