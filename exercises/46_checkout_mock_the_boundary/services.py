"""The services the checkout talks to. Both would reach the outside world: mock them."""

from __future__ import annotations


class CardDeclined(Exception):
    """The customer's bank refused the charge."""


class PaymentGateway:
    def charge(self, amount: int, reference: str) -> str:
        """Charge ``amount`` cents to the customer's card; return the charge's id."""
        raise RuntimeError("a test must not reach the payment provider")


class Mailer:
    def send(self, to: str, subject: str, body: str) -> None:
        """Send an e-mail from orders@tessas-corner.shop."""
        raise RuntimeError("a test must not reach the mail relay")
