"""Fixtures for the shop's tests; they are ready, the work is in factories.py."""

from __future__ import annotations

from collections.abc import Iterator

import factory.random
import pytest
from sqlalchemy import Engine, create_engine
from sqlalchemy.orm import Session

from factories import CustomerFactory, OrderFactory, ShopSession
from models import Base


@pytest.fixture(scope="session")
def engine() -> Iterator[Engine]:
    """An in-memory SQLite database with the shop's tables, made once per run."""
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def db_session(engine: Engine) -> Iterator[Session]:
    """The session a test and the factories share; rolled back after the test."""
    ShopSession.configure(bind=engine)
    session = ShopSession()
    yield session
    session.rollback()
    ShopSession.remove()
    ShopSession.configure(bind=None)


@pytest.fixture(autouse=True)
def same_made_up_data_every_run() -> None:
    """Seed Faker, so that a test that fails shows the same data when run again."""
    factory.random.reseed_random(2026)


@pytest.fixture
def customer_factory(db_session: Session) -> type[CustomerFactory]:
    return CustomerFactory


@pytest.fixture
def order_factory(db_session: Session) -> type[OrderFactory]:
    return OrderFactory
