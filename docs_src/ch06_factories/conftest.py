"""Fixtures for the chapter 6 examples: a database, a session per test, the factories."""

from __future__ import annotations

from collections.abc import Iterator

import factory.random
import pytest
from sqlalchemy import Engine, create_engine
from sqlalchemy.orm import Session

from factories import CustomerFactory, OrderFactory, TestSession
from models import Base


# --8<-- [start:database]
@pytest.fixture(scope="session")
def engine() -> Iterator[Engine]:
    """An in-memory SQLite database with the shop's tables, made once per run."""
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def db_session(engine: Engine) -> Iterator[Session]:
    """The session a test and the factories share; what the test wrote is rolled back."""
    TestSession.configure(bind=engine)
    session = TestSession()
    yield session
    session.rollback()
    TestSession.remove()
    # Unbind again: a test that forgets this fixture then fails loudly
    # instead of writing rows that no rollback will ever remove.
    TestSession.configure(bind=None)
# --8<-- [end:database]


# --8<-- [start:factories]
@pytest.fixture
def customer_factory(db_session: Session) -> type[CustomerFactory]:
    """CustomerFactory, ready to save: asking for it brings the session along."""
    return CustomerFactory


@pytest.fixture
def order_factory(db_session: Session) -> type[OrderFactory]:
    """OrderFactory, ready to save, with its customers and lines."""
    return OrderFactory
# --8<-- [end:factories]


# --8<-- [start:seed]
@pytest.fixture(autouse=True)
def same_fake_data_every_run() -> None:
    """Seed Faker (and factory_boy's own randomness) so a failure shows the same data again."""
    factory.random.reseed_random("tessa's corner shop")
# --8<-- [end:seed]
