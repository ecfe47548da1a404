"""Another correct payments module: each attempt asks again itself, with a fresh gateway.

What the rules leave open is done differently here: a new Gateway for every attempt, the
card by position and the rest by name, whole seconds for the waits, other words around
"order 42" in the failure, and the failure raised by a helper.
"""

from __future__ import annotations

from time import sleep
from typing import NoReturn

from gateway import Gateway, GatewayTimeout

MERCHANT_ID = "tessas-corner-shop"
MAX_ATTEMPTS = 3


class PaymentFailed(Exception):
    pass


def _give_up(order_id: int, cause: GatewayTimeout) -> NoReturn:
    raise PaymentFailed(
        f"no answer from the gateway: payment for order {order_id} failed"
    ) from cause


def _attempt(order_id: int, card_token: str, amount_cents: int, left: int, wait: int) -> str:
    try:
        return Gateway(MERCHANT_ID).charge(
            card_token, amount_cents=amount_cents, idempotency_key=f"order-{order_id}"
        )
    except GatewayTimeout as timeout:
        if left == 1:
            _give_up(order_id, timeout)
        sleep(wait)
        return _attempt(order_id, card_token, amount_cents, left - 1, wait * 2)


def charge_order(order_id: int, card_token: str, amount_cents: int) -> str:
    return _attempt(order_id, card_token, amount_cents, left=MAX_ATTEMPTS, wait=1)
