"""Another correct payments module: the waits are listed first, the last try stands apart."""

from __future__ import annotations

from time import sleep

from gateway import Gateway, GatewayTimeout

MERCHANT_ID = "tessas-corner-shop"
MAX_ATTEMPTS = 3
FIRST_WAIT_SECONDS = 1.0


class PaymentFailed(Exception):
    pass


def charge_order(order_id: int, card_token: str, amount_cents: int) -> str:
    gateway = Gateway(merchant_id=MERCHANT_ID)

    def attempt() -> str:
        return gateway.charge(
            card_token=card_token,
            amount_cents=amount_cents,
            idempotency_key="order-" + str(order_id),
        )

    waits = [FIRST_WAIT_SECONDS * 2**n for n in range(MAX_ATTEMPTS - 1)]
    for seconds in waits:
        try:
            return attempt()
        except GatewayTimeout:
            sleep(seconds)
    try:
        return attempt()
    except GatewayTimeout as timeout:
        message = f"gave up on order {order_id} after {MAX_ATTEMPTS} timeouts"
        raise PaymentFailed(message) from timeout
