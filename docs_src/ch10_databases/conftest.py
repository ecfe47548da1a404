"""The database fixtures: one engine per run, one rolled-back session per test."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from sqlalchemy import URL, Engine
from sqlalchemy.orm import Session

from models import Base
from scratch_db import make_engine, scratch_database


# --8<-- [start:engine]
@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[URL]:
    """This run's own database: SQLite by default, PostgreSQL if TEST_DATABASE_URL is set."""
    server = os.environ.get("TEST_DATABASE_URL")
    with scratch_database(server, tmp_path_factory.mktemp("db")) as url:
        yield url


@pytest.fixture(scope="session")
def engine(database_url: URL) -> Iterator[Engine]:
    """One engine (and connection pool) for the whole run, with the tables made once."""
    engine = make_engine(database_url)
    Base.metadata.create_all(engine)
    yield engine
    engine.dispose()  # close the pooled connections before the database is dropped
# --8<-- [end:engine]


# --8<-- [start:session]
@pytest.fixture
def db_session(engine: Engine) -> Iterator[Session]:
    """A session whose every change, committed or not, is undone after the test."""
    with engine.connect() as connection:
        outer = connection.begin()  # the transaction the test never gets to end
        # The session joins that transaction through a SAVEPOINT: its commit() releases
        # the savepoint (and opens a new one), its rollback() returns to the savepoint,
        # and the outer transaction stays open whatever the code under test does.
        session = Session(bind=connection, join_transaction_mode="create_savepoint")
        yield session
        session.close()
        outer.rollback()  # everything the test wrote, commits included, is gone
# --8<-- [end:session]
