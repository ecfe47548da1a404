"""Fixtures for the shop's tests: a database, a session per test, the factories.

pytest finds the fixtures of this file by their names; the tests import nothing from it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, create_engine
from sqlalchemy.orm import Session

from factories import CustomerFactory, FactorySession, OrderFactory
from models import Base


@pytest.fixture(scope="session")
def engine() -> Iterator[Engine]:
    """An in-memory SQLite database with the shop's tables, made once for the whole run."""
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def db_session(engine: Engine) -> Iterator[Session]:
    """The session this test and the factories share; rolled back after the test."""
    FactorySession.configure(bind=engine)
    session = FactorySession()
    yield session
    # The factories only flushed, so nothing was committed: rolling back leaves
    # the tables as empty as they were, and the next test starts afresh.
    session.rollback()
    FactorySession.remove()
    FactorySession.configure(bind=None)


# Asking for db_session here is what makes the factories usable: a test that
# asks for customer_factory cannot forget to set up the session.
@pytest.fixture
def customer_factory(db_session: Session) -> type[CustomerFactory]:
    """CustomerFactory, saving into this test's session."""
    return CustomerFactory


@pytest.fixture
def order_factory(db_session: Session) -> type[OrderFactory]:
    """OrderFactory, saving into this test's session, customers included."""
    return OrderFactory
