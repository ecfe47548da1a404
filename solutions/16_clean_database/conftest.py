"""Fixtures for the deliveries' tests: a database per run, a clean slate per test."""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import URL, Engine
from sqlalchemy.orm import Session

from models import Base
from scratch_db import make_engine, scratch_database


def server() -> str | None:
    """The PostgreSQL server to use, or None for SQLite (a learner's laptop)."""
    return os.environ.get("TEST_DATABASE_URL")


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[URL]:
    """This run's database. Creating one costs far more than a test: once per run."""
    # A database of the run's own, never the server's: several runs (xdist workers, or
    # the checker's versions side by side) would otherwise write into each other's.
    with scratch_database(server(), tmp_path_factory.mktemp("db")) as url:
        yield url  # dropped when the run ends, whatever happened


@pytest.fixture(scope="session")
def engine(database_url: URL) -> Iterator[Engine]:
    """One engine, with its pool of connections and the tables, for the whole run."""
    engine = make_engine(database_url)
    Base.metadata.create_all(engine)
    yield engine
    # Close the pooled connections, or the database could not be dropped afterwards.
    engine.dispose()


@pytest.fixture
def db_session(engine: Engine) -> Iterator[Session]:
    """A session for one test: whatever it writes or commits is rolled back after it."""
    with engine.connect() as connection:
        transaction = connection.begin()
        # create_savepoint: the session works inside a SAVEPOINT of our transaction. The
        # code's session.commit() only releases that savepoint and opens the next one;
        # the real transaction stays ours, and we end it with a rollback.
        session = Session(bind=connection, join_transaction_mode="create_savepoint")
        try:
            yield session
        finally:
            session.close()
            transaction.rollback()
    # Leaving the `with` closed the connection: it is back in the pool for the next test.


@pytest.fixture
def empty_database(tmp_path: Path) -> Iterator[URL]:
    """Another database, empty, for a test that builds its tables itself (migrations)."""
    with scratch_database(server(), tmp_path) as url:
        yield url
