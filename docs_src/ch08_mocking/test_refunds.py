"""return_value, side_effect and call checks, on a gateway passed in as a parameter."""

from unittest.mock import Mock, call, create_autospec

import pytest
from gateway import GatewayTimeout, PaymentGateway
from refunds import RefundFailed, refund


@pytest.fixture
def gateway() -> Mock:
    """A stand-in with PaymentGateway's methods and signatures."""
    return create_autospec(PaymentGateway, instance=True)


# --8<-- [start:return-value]
def test_a_refund_returns_the_gateways_id(gateway: Mock) -> None:
    gateway.refund.return_value = "rf_1"

    assert refund(gateway, "ch_1", 500, pause=Mock()) == "rf_1"

    gateway.refund.assert_called_once_with("ch_1", 500)
    # The same call, taken apart: positional arguments, then keyword arguments.
    assert gateway.refund.call_args.args == ("ch_1", 500)
    assert gateway.refund.call_args.kwargs == {}
# --8<-- [end:return-value]


# --8<-- [start:side-effect-list]
def test_two_timeouts_then_a_refund(gateway: Mock) -> None:
    # One item per call: an exception is raised, anything else is returned.
    gateway.refund.side_effect = [GatewayTimeout(), GatewayTimeout(), "rf_3"]
    pause = Mock()

    assert refund(gateway, "ch_1", 500, pause=pause) == "rf_3"

    assert gateway.refund.call_count == 3
    assert pause.call_args_list == [call(0.5), call(0.5)]


def test_three_timeouts_and_the_refund_fails(gateway: Mock) -> None:
    gateway.refund.side_effect = GatewayTimeout()  # one exception: raised at every call

    with pytest.raises(RefundFailed, match="timed out 3 times"):
        refund(gateway, "ch_1", 500, pause=Mock())
# --8<-- [end:side-effect-list]


# --8<-- [start:side-effect-function]
def test_a_side_effect_function_answers_from_the_arguments(gateway: Mock) -> None:
    def fake_refund(charge_id: str, amount_cents: int) -> str:
        if amount_cents > 10_000:
            raise GatewayTimeout("large refunds are slow")
        return f"rf_for_{charge_id}"

    gateway.refund.side_effect = fake_refund

    assert refund(gateway, "ch_7", 500, pause=Mock()) == "rf_for_ch_7"
    with pytest.raises(RefundFailed):
        refund(gateway, "ch_8", 20_000, pause=Mock())
# --8<-- [end:side-effect-function]
