"""Given tests for your OrderFactory. Do not change this file."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Customer, Order, OrderStatus


def rows(session: Session, model: type) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def test_an_order_comes_with_a_saved_customer(order_factory) -> None:
    order = order_factory()
    assert order.id is not None
    assert order.customer.id is not None
    assert order.customer_id == order.customer.id


def test_a_new_order_is_pending_and_has_a_placing_time(order_factory) -> None:
    order = order_factory()
    assert order.status is OrderStatus.PENDING
    assert isinstance(order.placed_at, datetime)


def test_each_order_gets_a_customer_of_its_own(order_factory) -> None:
    first, second = order_factory.create_batch(2)
    assert first.customer is not second.customer
    assert first.customer.email != second.customer.email


def test_orders_for_a_customer_the_test_chose(customer_factory, order_factory) -> None:
    tessa = customer_factory(name="Tessa Hart")
    orders = order_factory.create_batch(3, customer=tessa)
    assert tessa.orders == orders


def test_the_factories_write_into_the_test_session(order_factory, db_session: Session) -> None:
    order_factory()
    assert (rows(db_session, Order), rows(db_session, Customer)) == (1, 1)


def test_building_an_order_builds_its_customer_too(order_factory, db_session: Session) -> None:
    order = order_factory.build()
    assert order.id is None
    assert order.customer.id is None
    assert (rows(db_session, Order), rows(db_session, Customer)) == (0, 0)
