"""Given tests of the shop's reports, over orders your factories make. Do not change this file."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy.orm import Session

from models import OrderStatus
from reports import best_customers, loyalty_discount_percent, monthly_revenue, orders_by_status

MARCH = datetime(2026, 3, 10, 9, 30)
TWO_TEAPOTS = [{"product": "teapot", "unit_price": 1000, "quantity": 2}]


def test_only_shipped_orders_bring_in_money(order_factory, db_session: Session) -> None:
    order_factory.create_batch(3, shipped=True, placed_at=MARCH, lines=TWO_TEAPOTS)
    order_factory.create_batch(2, placed_at=MARCH, lines=TWO_TEAPOTS)
    order_factory(cancelled=True, placed_at=MARCH, lines=TWO_TEAPOTS)
    assert monthly_revenue(db_session, 2026, 3) == 6000


def test_an_order_counts_in_the_month_it_was_shipped(order_factory, db_session: Session) -> None:
    order_factory(shipped=True, placed_at=datetime(2026, 3, 31, 18, 0), lines=TWO_TEAPOTS)
    assert monthly_revenue(db_session, 2026, 3) == 0
    assert monthly_revenue(db_session, 2026, 4) == 2000


def test_orders_are_counted_by_status(order_factory, db_session: Session) -> None:
    order_factory.create_batch(5)
    order_factory.create_batch(3, shipped=True)
    order_factory.create_batch(2, cancelled=True)
    assert orders_by_status(db_session) == {
        OrderStatus.PENDING: 5,
        OrderStatus.SHIPPED: 3,
        OrderStatus.CANCELLED: 2,
    }


def test_the_biggest_spenders_come_first(
    customer_factory, order_factory, db_session: Session
) -> None:
    small, big, middle = customer_factory.create_batch(3)
    order_factory(customer=small, shipped=True, lines=[{"unit_price": 500, "quantity": 1}])
    order_factory.create_batch(2, customer=big, shipped=True, lines=TWO_TEAPOTS)
    order_factory(customer=middle, shipped=True, lines=TWO_TEAPOTS)
    order_factory(customer=small, lines=[{"unit_price": 99_000, "quantity": 1}])  # not shipped
    assert best_customers(db_session, top=2) == [big, middle]


@pytest.mark.parametrize(
    ("shipped", "percent"), [(0, 0), (2, 0), (3, 5), (9, 5), (10, 10), (12, 10)]
)
def test_loyalty_grows_with_shipped_orders(
    shipped: int, percent: int, customer_factory, order_factory
) -> None:
    customer = customer_factory()
    order_factory.create_batch(shipped, customer=customer, shipped=True)
    assert loyalty_discount_percent(customer) == percent


def test_pending_and_cancelled_orders_earn_no_loyalty(customer_factory, order_factory) -> None:
    customer = customer_factory()
    order_factory.create_batch(2, customer=customer, shipped=True)
    order_factory.create_batch(4, customer=customer)
    order_factory.create_batch(4, customer=customer, cancelled=True)
    assert loyalty_discount_percent(customer) == 0
