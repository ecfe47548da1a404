"""The payment gateway: it reaches the card network, so a test never calls it."""

from __future__ import annotations


class PaymentGateway:
    def charge(self, amount: int, reference: str) -> str:
        """Charge ``amount`` cents; return the charge's id."""
        raise RuntimeError("a test must not reach the card network")
