"""Placing an order: the basket's total plus delivery, charged through the gateway."""

from __future__ import annotations

from basket import Basket
from gateway import PaymentGateway

DELIVERY = 495
FREE_DELIVERY_FROM = 5000


def amount_due(basket: Basket) -> int:
    goods = basket.total()
    return goods if goods >= FREE_DELIVERY_FROM else goods + DELIVERY


def place_order(number: int, basket: Basket, gateway: PaymentGateway) -> str:
    return gateway.charge(amount_due(basket), f"order-{number}")
