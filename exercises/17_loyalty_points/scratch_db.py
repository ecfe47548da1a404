"""Scratch databases and engines for tests. This file is locked: do not edit it.

Read it: your fixtures use both functions."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event, make_url, text


@contextmanager
def scratch_database(server_url: str | None, folder: Path) -> Iterator[URL]:
    """The URL of an empty database that nobody else uses, removed afterwards.

    Without a server (``server_url`` is None): an SQLite file in ``folder``. With one:
    a new database on that server, named after the xdist worker (``main`` without
    xdist) plus a random part, so that two workers, or two pytest processes started at
    the same moment against the same server, never share one.
    """
    if server_url is None:
        yield make_url(f"sqlite:///{folder / 'shop.db'}")
        return
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    name = f"shop_test_{worker}_{secrets.token_hex(4)}"
    # CREATE and DROP DATABASE cannot run inside a transaction: autocommit.
    server = create_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with server.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        yield make_url(server_url).set(database=name)
    finally:
        # FORCE closes what a test left connected, so the drop never waits for it.
        with server.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        server.dispose()


def make_engine(url: URL) -> Engine:
    """An engine for ``url``; for SQLite, one whose SAVEPOINTs really work."""
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        # Python's sqlite3 module opens and commits transactions on its own schedule,
        # which breaks SAVEPOINT. Let SQLAlchemy say BEGIN itself (SQLAlchemy's recipe).
        @event.listens_for(engine, "connect")
        def _no_implicit_transactions(dbapi_connection, _record):  # type: ignore[no-untyped-def]
            dbapi_connection.isolation_level = None

        @event.listens_for(engine, "begin")
        def _begin(connection):  # type: ignore[no-untyped-def]
            connection.exec_driver_sql("BEGIN")

    return engine
