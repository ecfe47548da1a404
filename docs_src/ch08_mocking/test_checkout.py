"""Patching a class the code under test instantiates, and patching one method of it."""

from unittest.mock import ANY, patch

import checkout
import express
import pytest
from gateway import PaymentGateway


# --8<-- [start:patch-class]
def test_pay_for_order_charges_the_order_amount() -> None:
    with patch("checkout.PaymentGateway", autospec=True) as gateway_class:
        gateway = gateway_class.return_value  # what PaymentGateway() returns inside
        gateway.charge.return_value = "ch_1"

        assert checkout.pay_for_order(42, "tok_visa", 1250) == "ch_1"

    gateway.charge.assert_called_once_with("tok_visa", 1250, reference="order-42")
# --8<-- [end:patch-class]


# --8<-- [start:patch-object]
def test_pay_for_order_with_one_method_patched() -> None:
    with patch.object(PaymentGateway, "charge", autospec=True, return_value="ch_1") as charge:
        assert checkout.pay_for_order(42, "tok_visa", 1250) == "ch_1"

    # Patched on the class with autospec, the method also receives self.
    charge.assert_called_once_with(ANY, "tok_visa", 1250, reference="order-42")
# --8<-- [end:patch-object]


# --8<-- [start:autospec-catches]
def test_without_autospec_the_broken_call_goes_unnoticed() -> None:
    with patch("express.PaymentGateway") as gateway_class:
        gateway_class.return_value.charge.return_value = "ch_1"
        assert express.express_pay("tok_visa", 1250) == "ch_1"  # green, and wrong


def test_with_autospec_the_broken_call_fails() -> None:
    with (
        patch("express.PaymentGateway", autospec=True),
        pytest.raises(TypeError, match="missing a required argument: 'reference'"),
    ):
        express.express_pay("tok_visa", 1250)
# --8<-- [end:autospec-catches]
