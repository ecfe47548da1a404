"""A factory fixture without any library: a fixture that returns a function."""

from __future__ import annotations

from collections.abc import Callable
from itertools import count
from typing import Any

import pytest
from sqlalchemy.orm import Session

from models import Customer


# --8<-- [start:make-customer]
@pytest.fixture
def make_customer(db_session: Session) -> Callable[..., Customer]:
    """Save a customer with sensible defaults; a test passes only what it cares about."""
    numbers = count(1)

    def make(**fields: Any) -> Customer:
        number = next(numbers)
        defaults = {"name": f"Customer {number}", "email": f"customer{number}@example.com"}
        customer = Customer(**{**defaults, **fields})
        db_session.add(customer)
        db_session.flush()
        return customer

    return make


def test_two_customers_never_share_an_address(make_customer: Callable[..., Customer]) -> None:
    first, second = make_customer(), make_customer()
    assert first.email != second.email


def test_a_test_names_only_the_field_it_checks(make_customer: Callable[..., Customer]) -> None:
    assert make_customer(name="Tessa").name == "Tessa"
# --8<-- [end:make-customer]
