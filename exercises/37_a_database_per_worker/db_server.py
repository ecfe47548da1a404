"""A database server for the tests, in miniature. This file is locked: do not edit it.

It behaves like the shop's PostgreSQL server where it matters here: one server holds
many databases by name, creating a name that exists is an error, and every database
starts with the shop's tables. Each database is an SQLite file in the server's folder,
so nothing needs installing.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

SCHEMA = """
CREATE TABLE stock (
    sku TEXT PRIMARY KEY,
    quantity INTEGER NOT NULL CHECK (quantity >= 0)
);
"""


class DatabaseExists(Exception):
    """CREATE DATABASE for a name that the server already holds."""


class UnknownDatabase(Exception):
    """A database that the server does not hold."""


class DatabaseServer:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)

    def _file(self, name: str) -> Path:
        if not name.replace("_", "").isalnum():
            raise ValueError(f"a database name is letters, digits and _, not {name!r}")
        return self.folder / f"{name}.sqlite3"

    def create_database(self, name: str) -> None:
        """Create the database ``name`` with the shop's tables in it."""
        try:
            self._file(name).touch(exist_ok=False)
        except FileExistsError:
            raise DatabaseExists(
                f"database {name!r} already exists on this server: is another test run, "
                "or another xdist worker, using it?"
            ) from None
        with sqlite3.connect(self._file(name)) as connection:
            connection.executescript(SCHEMA)
        connection.close()

    def connect(self, name: str) -> sqlite3.Connection:
        """A new connection to the database ``name``; close it when you are done."""
        if not self._file(name).exists():
            raise UnknownDatabase(f"there is no database {name!r} on this server")
        return sqlite3.connect(self._file(name))

    def drop_database(self, name: str) -> None:
        """Remove the database ``name`` and everything in it."""
        try:
            self._file(name).unlink()
        except FileNotFoundError:
            raise UnknownDatabase(f"there is no database {name!r} on this server") from None

    def databases(self) -> list[str]:
        """The names of the databases the server holds."""
        return sorted(path.stem for path in self.folder.glob("*.sqlite3"))
