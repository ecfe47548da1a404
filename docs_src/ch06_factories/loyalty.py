"""Tessa's loyalty rule, the code the chapter's tests are about.

* A customer with at least three shipped orders is a regular and gets 5% off.
* Pending and cancelled orders do not count: only goods that reached the customer do.
* Everybody else pays full price.
"""

from __future__ import annotations

from models import Customer, OrderStatus

REGULAR_FROM = 3
REGULAR_DISCOUNT_PERCENT = 5


def shipped_orders(customer: Customer) -> int:
    """How many of the customer's orders the shop has shipped."""
    return sum(1 for order in customer.orders if order.status is OrderStatus.SHIPPED)


def discount_percent(customer: Customer) -> int:
    """The discount the customer gets on the next order, in percent."""
    return REGULAR_DISCOUNT_PERCENT if shipped_orders(customer) >= REGULAR_FROM else 0
