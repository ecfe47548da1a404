"""The shop's client for its payment provider.

Amounts are checked here, before anything goes over the wire. Charging a card needs the
provider's sandbox, which only the shop's integration environment runs: its address is
in the environment variable ``SHOP_PAYMENT_SANDBOX``. Without it, a charge raises
``ConnectionError``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Receipt:
    reference: str
    cents: int


def charge(cents: int, card_token: str) -> Receipt:
    """Charge ``cents`` to the card behind ``card_token`` through the sandbox."""
    if cents <= 0:
        raise ValueError("a charge must be a positive number of cents")
    sandbox = os.environ.get("SHOP_PAYMENT_SANDBOX")
    if not sandbox:
        raise ConnectionError(
            "no payment sandbox here (SHOP_PAYMENT_SANDBOX is not set): integration tests "
            "need one, so leave them out of everyday runs"
        )
    return Receipt(reference=f"{sandbox}/{card_token}/{cents}", cents=cents)
