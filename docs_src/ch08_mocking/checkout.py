"""Paying for an order: the code makes its own gateway client."""

from __future__ import annotations

from gateway import PaymentGateway


def pay_for_order(order_id: int, card_token: str, amount_cents: int) -> str:
    """Charge the order's amount; the order id is the reference on the customer's statement."""
    gateway = PaymentGateway()
    return gateway.charge(card_token, amount_cents, reference=f"order-{order_id}")
