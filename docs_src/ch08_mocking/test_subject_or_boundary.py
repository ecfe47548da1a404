"""Mocking the code under test proves nothing; mocking its boundary proves something."""

from unittest.mock import patch

import checkout


# --8<-- [start:wrong]
def test_pay_for_order_proves_nothing() -> None:
    # The function under test is itself replaced: the test checks the mock it set up.
    with patch("checkout.pay_for_order", return_value="ch_1") as pay_for_order:
        assert checkout.pay_for_order(42, "tok_visa", 1250) == "ch_1"
        pay_for_order.assert_called_once_with(42, "tok_visa", 1250)
# --8<-- [end:wrong]


# --8<-- [start:right]
def test_pay_for_order_charges_through_the_gateway() -> None:
    # Only the gateway, the boundary, is replaced: pay_for_order really runs.
    with patch("checkout.PaymentGateway", autospec=True) as gateway_class:
        gateway_class.return_value.charge.return_value = "ch_1"
        assert checkout.pay_for_order(42, "tok_visa", 1250) == "ch_1"

    gateway_class.return_value.charge.assert_called_once_with(
        "tok_visa", 1250, reference="order-42"
    )
# --8<-- [end:right]
