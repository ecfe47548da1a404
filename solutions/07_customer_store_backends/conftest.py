"""Fixtures for the customer tests: every store test on both back ends, customers from
a factory, and a mailer that starts each test as new."""

import itertools
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import mailer
from accounts import sign_up
from customers import Customer, MemoryCustomers, SqliteCustomers


def _memory_store(tmp_path: Path) -> MemoryCustomers:
    return MemoryCustomers()


def _sqlite_store(tmp_path: Path) -> SqliteCustomers:
    return SqliteCustomers(tmp_path / "customers.db")


# params: pytest runs every test that uses this fixture once per value, and hands the
# value to the fixture as request.param. The values are the functions that open each
# store; ids names the cases, so node ids read test_points_add_up[sqlite].
@pytest.fixture(params=[_memory_store, _sqlite_store], ids=["memory", "sqlite"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> MemoryCustomers | SqliteCustomers:
    """An empty customer store, once in memory and once in an SQLite file."""
    opened = request.param(tmp_path)
    # addfinalizer is the other way to clean up (besides yield): pytest calls it when
    # the test is over, passed or failed, and it can be registered right after the thing
    # it cleans up exists. Both stores have close().
    request.addfinalizer(opened.close)
    return opened


@pytest.fixture
def make_customer(store: MemoryCustomers | SqliteCustomers) -> Callable[..., Customer]:
    """A function that signs up a new customer in the test's store, each one different."""
    # The factory is a fixture, so it can use other fixtures (store); what it returns
    # is a function, so one test can make as many customers as it needs, each with only
    # the details that matter to it given explicitly.
    numbers = itertools.count(1)

    def make(name: str | None = None, email: str | None = None) -> Customer:
        n = next(numbers)
        return sign_up(store, name or f"Customer {n}", email or f"customer{n}@example.com")

    return make


@pytest.fixture(autouse=True)
def fresh_mailer() -> Iterator[None]:
    """Every test starts with an empty outbox and a mailer that has welcomed nobody."""
    # autouse: every test in this folder gets it without asking. mailer keeps state at
    # module level, which outlives a test; without the reset one test's mail (and its
    # memory of who was welcomed) leaks into the next.
    mailer.reset()
    yield
    mailer.reset()
