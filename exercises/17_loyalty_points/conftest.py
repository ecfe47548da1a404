"""The database fixtures for your tests. This file is locked: do not edit it.

* ``engine``: one engine for the run, on a database of the run's own (SQLite in a
  temporary folder, or a new database on the server TEST_DATABASE_URL names, dropped at
  the end of the run).
* ``db_session``: a session for one test; everything it writes is rolled back after the
  test, even what the code under test committed. Write through it.

After each test, a check makes sure the test left the database as it found it: no
committed rows, no connection left open, no lock held. If it did, the test errors with a
message that says so, and the rows are removed so that the next test starts clean.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from sqlalchemy import URL, Engine, delete, event, func, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from models import Base
from scratch_db import make_engine, scratch_database

LOCK_WAIT_SECONDS = 3
_locked_since: dict[str, str] = {}  # the first test after which the database was locked


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[URL]:
    """This run's own database: SQLite by default, PostgreSQL if TEST_DATABASE_URL is set."""
    server = os.environ.get("TEST_DATABASE_URL")
    with scratch_database(server, tmp_path_factory.mktemp("db")) as url:
        yield url


@pytest.fixture(scope="session")
def engine(database_url: URL) -> Iterator[Engine]:
    """One engine for the whole run, with the tables created."""
    engine = make_engine(database_url)
    _give_up_waiting_for_locks(engine)
    Base.metadata.create_all(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def db_session(engine: Engine) -> Iterator[Session]:
    """A session whose changes, commits included, are rolled back after the test."""
    with engine.connect() as connection:
        transaction = connection.begin()
        session = Session(bind=connection, join_transaction_mode="create_savepoint")
        try:
            yield session
        finally:
            session.close()
            transaction.rollback()


def _give_up_waiting_for_locks(engine: Engine) -> None:
    """Every connection of ``engine`` waits at most LOCK_WAIT_SECONDS for another's lock.

    A test that leaves a transaction open on a connection of its own would otherwise
    make the next statement that needs the same rows wait for ever.
    """

    @event.listens_for(engine, "connect")
    def _set_lock_timeout(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        if engine.dialect.name == "postgresql":
            autocommit = dbapi_connection.autocommit
            dbapi_connection.autocommit = True
            dbapi_connection.execute(f"SET lock_timeout = '{LOCK_WAIT_SECONDS}s'")
            dbapi_connection.autocommit = autocommit
        else:
            dbapi_connection.execute(f"PRAGMA busy_timeout = {LOCK_WAIT_SECONDS * 1000}")


@pytest.fixture(autouse=True)
def _the_test_leaves_the_database_clean(
    request: pytest.FixtureRequest, engine: Engine
) -> Iterator[None]:
    """After each test (and after db_session's rollback): nothing left behind."""
    connections_before = engine.pool.checkedout()  # type: ignore[attr-defined]
    yield
    test = request.node.nodeid
    problems = []
    opened = engine.pool.checkedout() - connections_before  # type: ignore[attr-defined]
    if opened > 0:
        problems.append(
            f"it left {opened} database connection(s) open. Close every connection a test "
            "opens (`with engine.connect() as connection:`), or write through db_session, "
            "which closes its own."
        )
    left: dict[str, int] = {}
    try:
        with engine.connect() as connection:
            for table in Base.metadata.sorted_tables:
                left[table.name] = connection.scalar(select(func.count()).select_from(table)) or 0
            if any(left.values()):
                for table in reversed(Base.metadata.sorted_tables):
                    connection.execute(delete(table))
                connection.commit()
    except OperationalError as error:
        left = {}
        reason = str(error.orig).splitlines()[0]
        first = _locked_since.setdefault("test", test)
        culprit = "it" if first == test else f"{first} (an earlier test)"
        problems.append(
            f"the database is locked: after this test, its tables could not be read or "
            f"emptied within {LOCK_WAIT_SECONDS} s ({reason}). {culprit} began a "
            "transaction on a connection of its own and never ended it."
        )
    rows = ", ".join(f"{name} ({count})" for name, count in left.items() if count)
    if rows:
        problems.append(
            f"it left committed rows behind: {rows}. They were written outside db_session "
            "(by a session or connection of the test's own, and committed), so no rollback "
            "could undo them. They have been deleted so that the next test starts clean; "
            "write through db_session instead."
        )
    if problems:
        message = " And ".join(problems)
        pytest.fail(f"{test} did not leave the database as it found it: {message}", pytrace=False)
