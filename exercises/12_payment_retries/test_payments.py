"""Your tests for payments.py. Run `checker check 12` to see how thorough they are.

No test may reach the real gateway (gateway.py would go to the network) and no test
should really wait: replace both with mocks.
"""

from unittest.mock import call, patch

import pytest

from gateway import CardDeclined, GatewayTimeout
from payments import PaymentFailed, charge_order


def test_a_declined_card_reaches_the_caller() -> None:
    # payments.py imports the Gateway class into its own namespace, so the name to
    # patch is payments.Gateway. charge_order calls the class; `return_value` is the
    # instance it gets back. The waiting is replaced too, in case the code waits where
    # it should not: no test may really sleep.
    with (
        patch("payments.Gateway", autospec=True) as gateway_class,
        patch("payments.sleep"),
    ):
        gateway_class.return_value.charge.side_effect = CardDeclined("insufficient funds")
        with pytest.raises(CardDeclined):
            charge_order(42, "tok_visa_4242", 1250)


# TODO: the waits. Why is the patch above "payments.sleep" and not "time.sleep"? Keep
#       the mock it gives you (`as sleep`) and check how long the shop waited
#       (call_args_list).
# TODO: a success at the first attempt: what comes back, and how exactly was the gateway
#       called (amount, unit, idempotency key, number of calls)?
# TODO: timeouts, then a success: give `charge` a side_effect list of exceptions and values.
# TODO: every attempt times out: what is raised (pytest.raises(..., match=...)), after how
#       many attempts, and with which waits?
# TODO: a declined card: how many times is the gateway asked, and does the shop wait?
# TODO: the same patches in every test? A fixture can hold one and `yield` its mock.
