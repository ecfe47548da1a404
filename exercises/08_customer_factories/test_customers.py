"""Given tests for your CustomerFactory and your fixtures. Do not change this file."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Customer


def customers_in(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Customer)) or 0


def test_a_created_customer_is_saved_and_has_an_id(customer_factory, db_session: Session) -> None:
    customer = customer_factory()
    assert customer.id is not None, "create() should send the row to the database"
    assert db_session.get(Customer, customer.id) is customer


def test_a_customer_has_a_name_and_an_email_address(customer_factory) -> None:
    customer = customer_factory()
    assert customer.name.strip()
    assert "@" in customer.email


def test_names_are_made_up_not_fixed(customer_factory) -> None:
    names = {customer.name for customer in customer_factory.create_batch(20)}
    assert len(names) > 1, "twenty customers with one name: let Faker invent them"


def test_a_thousand_customers_never_share_an_email_address(customer_factory) -> None:
    emails = Counter(customer.email for customer in customer_factory.build_batch(1000))
    handed_out_twice = sorted(email for email, times in emails.items() if times > 1)
    assert handed_out_twice == []


def test_the_test_chooses_the_fields_it_cares_about(customer_factory) -> None:
    tessa = customer_factory(name="Tessa Hart", email="tessa@example.com")
    assert (tessa.name, tessa.email) == ("Tessa Hart", "tessa@example.com")


def test_build_leaves_the_database_alone(customer_factory, db_session: Session) -> None:
    customer = customer_factory.build()
    assert customer.id is None
    assert customer not in db_session
    assert customers_in(db_session) == 0


@pytest.mark.parametrize("turn", ["first", "second"])
def test_every_test_starts_with_an_empty_shop(
    turn: str, customer_factory, db_session: Session
) -> None:
    assert customers_in(db_session) == 0, "rows from an earlier test are still there"
    customer_factory.create_batch(3)
    assert customers_in(db_session) == 3
