"""Tests for payments.py. The gateway and the waiting are mocks: nothing reaches the
network and nothing really sleeps, so the whole file runs in a blink."""

from collections.abc import Iterator
from unittest.mock import MagicMock, call, patch

import pytest

from gateway import CardDeclined, GatewayTimeout
from payments import PaymentFailed, charge_order

CARD = "tok_visa_4242"
# Order 42 costs 12.50 euros: 1250 cents is what the gateway must be asked for.
ONE_ATTEMPT = call(CARD, 1250, idempotency_key="order-42")


@pytest.fixture
def gateway() -> Iterator[MagicMock]:
    """The gateway that charge_order talks to, replaced by a mock.

    payments.py does `from gateway import Gateway`, so the name it looks up is
    payments.Gateway: that is the one to patch (patching gateway.Gateway would leave
    payments holding the real class). autospec=True gives the mock the real
    signatures: a call the real gateway would refuse raises TypeError, and call checks
    compare arguments by the signature, whether the code passes them by position or by
    name. The test gets the instance: what `Gateway(...)` returns.
    """
    with patch("payments.Gateway", autospec=True) as gateway_class:
        yield gateway_class.return_value


@pytest.fixture
def sleep() -> Iterator[MagicMock]:
    """The waits between attempts, recorded instead of slept.

    payments.py does `from time import sleep`: patching time.sleep would be too late,
    payments already holds the real function under its own name.
    """
    with patch("payments.sleep") as sleep:
        yield sleep


def test_a_first_success_charges_once_in_cents(gateway: MagicMock, sleep: MagicMock) -> None:
    gateway.charge.return_value = "ch_1"

    assert charge_order(42, CARD, 1250) == "ch_1"

    # The amount in cents, the key of the order, and only one request: a success is final.
    gateway.charge.assert_called_once_with(CARD, 1250, idempotency_key="order-42")
    sleep.assert_not_called()


def test_two_timeouts_then_a_success(gateway: MagicMock, sleep: MagicMock) -> None:
    # A list as side_effect: one item per call, exceptions raised, values returned.
    gateway.charge.side_effect = [GatewayTimeout(), GatewayTimeout(), "ch_3"]

    assert charge_order(42, CARD, 1250) == "ch_3"

    # Three requests, all alike: the same idempotency key makes the retries safe.
    assert gateway.charge.call_count == 3
    gateway.charge.assert_has_calls([ONE_ATTEMPT] * 3)
    # The waits double: 1 s before the second attempt, 2 s before the third.
    assert sleep.call_args_list == [call(1), call(2)]


def test_the_shop_gives_up_after_three_timeouts(gateway: MagicMock, sleep: MagicMock) -> None:
    # Three different timeouts, so that the test can tell which one became the cause.
    timeouts = [GatewayTimeout(f"no answer to attempt {n}") for n in (1, 2, 3)]
    gateway.charge.side_effect = timeouts

    # Only "order 42" is promised in the message: the rest of its words may change.
    with pytest.raises(PaymentFailed, match=r"\border 42\b") as failure:
        charge_order(42, CARD, 1250)

    assert gateway.charge.call_count == 3
    # The caller can still see why: the last timeout is the cause.
    assert failure.value.__cause__ is timeouts[-1]
    # No wait after the last attempt: nothing follows it.
    assert sleep.call_args_list == [call(1), call(2)]


def test_a_declined_card_is_not_retried(gateway: MagicMock, sleep: MagicMock) -> None:
    gateway.charge.side_effect = CardDeclined("insufficient funds")

    with pytest.raises(CardDeclined, match="insufficient funds"):
        charge_order(42, CARD, 1250)

    gateway.charge.assert_called_once_with(CARD, 1250, idempotency_key="order-42")
    sleep.assert_not_called()


def test_a_timeout_then_a_decline_stops_at_the_decline(
    gateway: MagicMock, sleep: MagicMock
) -> None:
    gateway.charge.side_effect = [GatewayTimeout(), CardDeclined("card expired")]

    with pytest.raises(CardDeclined):
        charge_order(42, CARD, 1250)

    assert gateway.charge.call_count == 2
    sleep.assert_called_once_with(1)
