"""Tests of the customer stores. Locked: the fixtures they ask for are yours to write.

Every test that asks for `store`, or for `make_customer` (which saves into the store),
runs once on each back end.
"""

import pytest

import customers
from customers import DuplicateEmail, SqliteCustomers, UnknownCustomer


def test_a_new_customer_has_an_id_and_no_points(make_customer) -> None:
    customer = make_customer()
    assert customer.id >= 1
    assert customer.points == 0


def test_the_factory_makes_a_different_customer_each_time(make_customer) -> None:
    first, second = make_customer(), make_customer()
    assert first.id != second.id
    assert first.email.casefold() != second.email.casefold()


def test_the_factory_takes_a_name_and_an_email(make_customer) -> None:
    customer = make_customer(name="Ana Lima", email="ana@example.com")
    assert (customer.name, customer.email) == ("Ana Lima", "ana@example.com")


def test_the_factory_saves_into_the_tests_store(store, make_customer) -> None:
    customer = make_customer()
    assert store.get(customer.id) == customer


def test_an_address_is_found_whatever_its_case(store, make_customer) -> None:
    customer = make_customer(email="Bo.Chen@example.com")
    assert store.find_by_email("bo.chen@EXAMPLE.com") == customer


def test_an_address_belongs_to_one_customer(store, make_customer) -> None:
    make_customer(email="cy@example.com")
    with pytest.raises(DuplicateEmail):
        store.add("Another Cy", "CY@example.com")


def test_points_add_up(store, make_customer) -> None:
    customer = make_customer()
    store.award(customer.id, 120)
    store.award(customer.id, 30)
    assert store.get(customer.id).points == 150


def test_a_removed_customer_is_gone(store, make_customer) -> None:
    customer = make_customer()
    store.remove(customer.id)
    with pytest.raises(UnknownCustomer):
        store.get(customer.id)


def test_the_database_file_is_in_the_tests_tmp_path(store, tmp_path) -> None:
    # Only the SQLite store has a file; on the in-memory store there is nothing to check.
    if isinstance(store, SqliteCustomers):
        assert store.path == tmp_path / "customers.db"


def test_no_database_is_left_open() -> None:
    # It runs after the tests above: every SQLite store they used must be closed by now.
    assert customers.open_databases() == 0, "the store fixture must close its store"
