"""Charging a customer's card for an order at Tessa's corner shop.

The payment gateway is slow on busy days and sometimes times out. The shop's rules:

* ``charge_order`` asks the gateway to charge the order's amount, in whole cents, and
  returns the gateway's charge id.
* A ``GatewayTimeout`` is retried: the gateway is asked at most ``MAX_ATTEMPTS`` (3)
  times for one order.
* Between two attempts the shop waits: 1 second before the second attempt, 2 seconds
  before the third; each wait is twice the one before. It never waits after the last
  attempt: there is nothing left to wait for.
* Every attempt for an order carries the same idempotency key, ``order-<id>``, so that a
  charge which went through despite a timeout is never taken twice.
* When every attempt timed out, ``PaymentFailed`` is raised. Its message names the
  order ("order 42") and it is chained to the last timeout (``raise ... from``).
* A ``CardDeclined`` is never retried: it reaches the caller unchanged.
* Once the gateway has answered with a charge id, it is not asked again.

This module imports ``Gateway`` from gateway.py and ``sleep`` from ``time``.
"""

from __future__ import annotations

from time import sleep

from gateway import Gateway, GatewayTimeout

MERCHANT_ID = "tessas-corner-shop"
MAX_ATTEMPTS = 3
FIRST_WAIT_SECONDS = 1.0


class PaymentFailed(Exception):
    """The gateway never answered; the customer should try again later."""


def charge_order(order_id: int, card_token: str, amount_cents: int) -> str:
    """Charge ``amount_cents`` for order ``order_id``; return the gateway's charge id."""
    gateway = Gateway(MERCHANT_ID)
    key = f"order-{order_id}"
    for attempt in range(1, MAX_ATTEMPTS + 1):
        if attempt > 1:
            sleep(FIRST_WAIT_SECONDS * 2 ** (attempt - 2))
        try:
            return gateway.charge(card_token, amount_cents, idempotency_key=key)
        except GatewayTimeout as timeout:
            last_timeout = timeout
    raise PaymentFailed(
        f"order {order_id} was not charged: the gateway timed out {MAX_ATTEMPTS} times"
    ) from last_timeout
