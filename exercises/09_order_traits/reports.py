"""Tessa's month-end figures and her loyalty discount. Do not change this file.

* A month's revenue is the total of the orders shipped in that month; pending
  and cancelled orders bring in nothing.
* Orders by status counts every order once, under its status.
* The best customers are those who spent the most on shipped orders, most first.
* Loyalty: a customer with 3 shipped orders gets 5% off, with 10 or more 10% off.
  Pending and cancelled orders do not count.
"""

from __future__ import annotations

from collections import Counter

from sqlalchemy import extract, select
from sqlalchemy.orm import Session

from models import Customer, Order, OrderStatus

LOYALTY_STEPS = ((10, 10), (3, 5))  # (shipped orders at least, percent off), best first


def monthly_revenue(session: Session, year: int, month: int) -> int:
    """Cents taken in ``year``-``month`` by the orders shipped in it."""
    shipped = session.scalars(
        select(Order).where(
            Order.status == OrderStatus.SHIPPED,
            extract("year", Order.shipped_at) == year,
            extract("month", Order.shipped_at) == month,
        )
    )
    return sum(order.total for order in shipped)


def orders_by_status(session: Session) -> dict[OrderStatus, int]:
    """How many orders there are of each status (statuses with none are left out)."""
    return dict(Counter(session.scalars(select(Order.status))))


def best_customers(session: Session, top: int = 3) -> list[Customer]:
    """The ``top`` customers by money spent on shipped orders, biggest spender first."""
    spent: Counter[Customer] = Counter()
    for order in session.scalars(select(Order).where(Order.status == OrderStatus.SHIPPED)):
        spent[order.customer] += order.total
    return [customer for customer, _ in spent.most_common(top)]


def loyalty_discount_percent(customer: Customer) -> int:
    """The discount, in percent, that the customer's next order gets."""
    shipped = sum(order.status is OrderStatus.SHIPPED for order in customer.orders)
    for at_least, percent in LOYALTY_STEPS:
        if shipped >= at_least:
            return percent
    return 0
