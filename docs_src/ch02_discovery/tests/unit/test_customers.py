"""Unit tests for shop.customers: plain functions, one rule each."""

import pytest
from shop.customers import Customer, greeting, new_customer


# --8<-- [start:sentences]
def test_an_email_address_is_kept_in_lower_case_without_spaces() -> None:
    assert new_customer(" Ann@Example.COM ").email == "ann@example.com"


def test_an_address_without_an_at_sign_is_refused() -> None:
    with pytest.raises(ValueError):
        new_customer("ann.example.com")


def test_an_address_with_two_at_signs_is_refused() -> None:
    with pytest.raises(ValueError):
        new_customer("ann@home@example.com")
# --8<-- [end:sentences]


def test_a_customer_is_greeted_by_first_name() -> None:
    assert greeting(Customer("ann@example.com", "Ann")) == "Hello Ann!"


def test_a_customer_without_a_first_name_is_greeted_all_the_same() -> None:
    assert greeting(Customer("ann@example.com")) == "Hello there!"
