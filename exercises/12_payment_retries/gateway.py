"""The shop's client for its payment gateway. This file is locked: do not edit it.

Every method here would talk to the gateway over the network, and charging a real card
from a test would be a disaster. Tests never call it for real: they replace it with a
mock. (On this course's machines the network is not there anyway: a real call fails.)
"""

from __future__ import annotations


class GatewayError(Exception):
    """Anything the gateway answers instead of a charge id."""


class GatewayTimeout(GatewayError):
    """The gateway did not answer in time.

    The charge may or may not have gone through. Asking again with the same
    idempotency key is safe: the gateway never takes one key's money twice.
    """


class CardDeclined(GatewayError):
    """The customer's bank refused the charge. Asking again will not change its mind."""


class Gateway:
    """A connection to the gateway on behalf of one merchant."""

    base_url = "https://api.gateway.invalid/v2"

    def __init__(self, merchant_id: str) -> None:
        self.merchant_id = merchant_id

    def charge(self, card_token: str, amount_cents: int, *, idempotency_key: str) -> str:
        """Take ``amount_cents`` cents from the card and return the charge id ("ch_...").

        Two requests with the same ``idempotency_key`` are one charge: the second gets
        the first one's id and no money moves again.
        """
        return self._post(
            "/charges",
            {"card": card_token, "amount": amount_cents, "key": idempotency_key},
        )

    def _post(self, path: str, payload: dict[str, object]) -> str:
        raise ConnectionError(
            f"{self.base_url}{path}: a test reached the real payment gateway. "
            "Replace the gateway with a mock in every test (chapter 8)."
        )
