"""Tests of the payment client. Locked: do not change this file; configure pytest instead."""

import pytest

from gateway import charge


def test_a_zero_charge_is_refused_before_connecting() -> None:
    with pytest.raises(ValueError):
        charge(0, "tok_visa")


@pytest.mark.integration
def test_the_sandbox_accepts_a_card() -> None:
    receipt = charge(1250, "tok_visa")
    assert receipt.cents == 1250


@pytest.mark.integration
@pytest.mark.slow
def test_a_day_of_card_payments_settles() -> None:
    receipts = [charge(cents, "tok_visa") for cents in range(100, 100_000, 100)]
    assert sum(r.cents for r in receipts) == sum(range(100, 100_000, 100))
