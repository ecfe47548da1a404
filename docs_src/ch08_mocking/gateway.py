"""The payment gateway's client: the boundary between the shop and someone else's network.

Its methods would send requests over the internet. The examples never let them: each
test puts a mock in their place, and a real call fails loudly to show it was forgotten.
"""

from __future__ import annotations


class GatewayTimeout(Exception):
    """No answer in time; nothing was charged or refunded, so trying again is safe."""


class CardDeclined(Exception):
    """The bank said no."""


class PaymentGateway:
    def charge(self, card_token: str, amount_cents: int, *, reference: str) -> str:
        """Charge the card; return the charge id."""
        return self._request("charge", card_token, amount_cents, reference)

    def refund(self, charge_id: str, amount_cents: int) -> str:
        """Give back part or all of a charge; return the refund id."""
        return self._request("refund", charge_id, amount_cents)

    def _request(self, *what: object) -> str:
        raise ConnectionError(f"a test reached the real payment gateway: {what}")
