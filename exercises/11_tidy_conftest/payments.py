"""Taking payment for a basket through the card gateway. Do not change this file.

* The gateway answers a charge with a receipt reference.
* A timeout is temporary: the shop tries again, up to 3 attempts in all, and
  gives up with PaymentFailed after the third.
* A declined card is final: no second attempt; CardDeclined reaches the till.
* Amounts are whole cents and must be positive.
"""

from __future__ import annotations

from typing import Protocol

ATTEMPTS = 3


class GatewayTimeout(Exception):
    """The gateway did not answer in time; trying again may work."""


class CardDeclined(Exception):
    """The bank refused the card; trying again will not help."""


class PaymentFailed(Exception):
    """Every attempt timed out."""


class Gateway(Protocol):
    def charge(self, card: str, amount: int) -> str: ...


def take_payment(gateway: Gateway, card: str, amount: int) -> str:
    """Charge ``amount`` cents to ``card``; the receipt reference on success."""
    if amount <= 0:
        raise ValueError(f"nothing to charge: {amount} cents")
    for _ in range(ATTEMPTS):
        try:
            return gateway.charge(card, amount)
        except GatewayTimeout:
            continue
    raise PaymentFailed(f"the gateway timed out {ATTEMPTS} times")
