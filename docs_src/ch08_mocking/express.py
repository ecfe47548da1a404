"""Express checkout, written against an older gateway that took no reference.

The call below is a real bug: today's PaymentGateway.charge requires ``reference``.
A test with a plain mock does not notice; a test with autospec does.
"""

from __future__ import annotations

from gateway import PaymentGateway


def express_pay(card_token: str, amount_cents: int) -> str:
    return PaymentGateway().charge(card_token, amount_cents)
