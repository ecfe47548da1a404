"""Refunds, retried while the gateway times out.

The gateway and the pause between tries are parameters: tests pass their own, and
nothing needs patching. (The default pause is bound when this module is imported.)
"""

from __future__ import annotations

import time
from collections.abc import Callable

from gateway import GatewayTimeout, PaymentGateway


class RefundFailed(Exception):
    pass


def refund(
    gateway: PaymentGateway,
    charge_id: str,
    amount_cents: int,
    *,
    tries: int = 3,
    pause: Callable[[float], None] = time.sleep,
) -> str:
    """Refund ``amount_cents`` of ``charge_id``; try ``tries`` times, half a second apart."""
    for attempt in range(1, tries + 1):
        try:
            return gateway.refund(charge_id, amount_cents)
        except GatewayTimeout:
            if attempt < tries:
                pause(0.5)
    raise RefundFailed(f"refund of {charge_id} timed out {tries} times")
