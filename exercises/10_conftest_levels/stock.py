"""How many of each product Tessa has on her shelves. Do not change this file.

* A product the shop has never received stands at 0.
* Receiving goods raises a product's level; taking goods lowers it. Both take a
  positive quantity; anything else raises ValueError.
* Nobody can take more than is on the shelf: that raises OutOfStock and leaves
  the level as it was.
* Two stores keep the levels. InMemoryStock lives as long as the program;
  SqliteStock keeps them in a SQLite file, so they survive closing the till.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


class OutOfStock(Exception):
    """More was asked for than is on the shelf."""


def _check(quantity: int) -> None:
    if quantity <= 0:
        raise ValueError(f"a quantity must be positive, not {quantity}")


class InMemoryStock:
    def __init__(self) -> None:
        self._levels: dict[str, int] = {}

    def level(self, product: str) -> int:
        return self._levels.get(product, 0)

    def receive(self, product: str, quantity: int) -> None:
        _check(quantity)
        self._levels[product] = self.level(product) + quantity

    def take(self, product: str, quantity: int) -> None:
        _check(quantity)
        if quantity > self.level(product):
            raise OutOfStock(f"only {self.level(product)} {product} left, {quantity} asked for")
        self._levels[product] = self.level(product) - quantity


class SqliteStock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(path)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS stock (product TEXT PRIMARY KEY, level INTEGER NOT NULL)"
        )

    def level(self, product: str) -> int:
        row = self._db.execute("SELECT level FROM stock WHERE product = ?", (product,)).fetchone()
        return row[0] if row else 0

    def _set(self, product: str, level: int) -> None:
        with self._db:
            self._db.execute(
                "INSERT INTO stock (product, level) VALUES (?, ?) "
                "ON CONFLICT (product) DO UPDATE SET level = excluded.level",
                (product, level),
            )

    def receive(self, product: str, quantity: int) -> None:
        _check(quantity)
        self._set(product, self.level(product) + quantity)

    def take(self, product: str, quantity: int) -> None:
        _check(quantity)
        if quantity > self.level(product):
            raise OutOfStock(f"only {self.level(product)} {product} left, {quantity} asked for")
        self._set(product, self.level(product) - quantity)

    def close(self) -> None:
        self._db.close()
