"""Tests for checkout.py: only the services that leave the building are mocks.

The gateway and the mailer are made with create_autospec, so a call with the wrong
arguments fails as it would on the real classes. Everything else is the shop's own code,
run for real: the tests check the amount it charged and the receipt it sent.
"""

from __future__ import annotations

import inspect
from unittest.mock import Mock, create_autospec

import pytest

from checkout import Customer, EmptyBasket, Line, checkout
from services import CardDeclined, Mailer, PaymentGateway

ANA = Customer("ana@example.com", member=True)
BOB = Customer("bob@example.com")


def sent(mailer: Mock) -> dict[str, str]:
    """The e-mail the mailer was asked to send, by parameter name, whether the code
    passed its arguments by position or by name."""
    args, kwargs = mailer.send.call_args
    return inspect.signature(Mailer.send).bind(mailer, *args, **kwargs).arguments


@pytest.fixture
def gateway() -> Mock:
    """The payment gateway, with its real signature; every charge succeeds as ch_123."""
    gateway = create_autospec(PaymentGateway, instance=True)
    gateway.charge.return_value = "ch_123"
    return gateway


@pytest.fixture
def mailer() -> Mock:
    return create_autospec(Mailer, instance=True)


def test_a_customer_pays_the_goods_and_delivery(gateway: Mock, mailer: Mock) -> None:
    lines = [Line("TEA-80", 450, 2), Line("MILK", 120, 3)]

    assert checkout(7, lines, BOB, gateway, mailer) == "ch_123"

    gateway.charge.assert_called_once_with(900 + 360 + 495, "order-7")


def test_the_receipt_goes_to_the_customer_with_the_total_in_euros(
    gateway: Mock, mailer: Mock
) -> None:
    checkout(7, [Line("TEA-80", 450, 2)], BOB, gateway, mailer)

    mailer.send.assert_called_once()
    email = sent(mailer)
    assert email["to"] == "bob@example.com"
    assert email["subject"] == "Your receipt for order-7"
    assert "€13.95" in email["body"]


def test_a_total_with_few_cents_shows_two_digits(gateway: Mock, mailer: Mock) -> None:
    checkout(8, [Line("BREAD", 10, 1)], BOB, gateway, mailer)

    assert "€5.05" in sent(mailer)["body"]


@pytest.mark.parametrize(
    ("goods", "charged"),
    [(1999, 1900 + 495), (2000, 1900 + 495)],
    ids=["discount-rounded-down", "whole-discount"],
)
def test_members_pay_five_percent_less_on_the_goods(
    gateway: Mock, mailer: Mock, goods: int, charged: int
) -> None:
    checkout(7, [Line("COFFEE-400", goods, 1)], ANA, gateway, mailer)

    gateway.charge.assert_called_once_with(charged, "order-7")


@pytest.mark.parametrize(
    ("customer", "goods", "charged"),
    [(BOB, 5000, 5000), (BOB, 4999, 4999 + 495), (ANA, 5200, 4940 + 495)],
    ids=["free-at-5000", "charged-below", "after-the-members-discount"],
)
def test_delivery_is_free_from_5000_cents_of_goods(
    gateway: Mock, mailer: Mock, customer: Customer, goods: int, charged: int
) -> None:
    checkout(7, [Line("WATER-6X1L", goods, 1)], customer, gateway, mailer)

    gateway.charge.assert_called_once_with(charged, "order-7")


def test_a_declined_card_sends_no_receipt(gateway: Mock, mailer: Mock) -> None:
    gateway.charge.side_effect = CardDeclined("insufficient funds")

    with pytest.raises(CardDeclined):
        checkout(7, [Line("TEA-80", 450, 2)], BOB, gateway, mailer)

    mailer.send.assert_not_called()


def test_an_empty_basket_charges_nothing(gateway: Mock, mailer: Mock) -> None:
    with pytest.raises(EmptyBasket):
        checkout(7, [], BOB, gateway, mailer)

    gateway.charge.assert_not_called()
    mailer.send.assert_not_called()
