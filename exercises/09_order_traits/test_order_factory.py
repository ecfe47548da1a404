"""Given tests for your OrderFactory and OrderLineFactory. Do not change this file."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import OrderLine, OrderStatus


def test_a_plain_order_is_pending_with_one_line(order_factory) -> None:
    order = order_factory()
    assert order.status is OrderStatus.PENDING
    assert order.shipped_at is None
    assert len(order.lines) == 1


def test_every_line_costs_its_unit_price_times_its_quantity(order_factory) -> None:
    order = order_factory(lines=6)
    assert len(order.lines) == 6
    for line in order.lines:
        assert line.line_total == line.unit_price * line.quantity
        assert line.id is not None


def test_lines_the_test_chose(order_factory) -> None:
    order = order_factory(
        lines=[{"unit_price": 250, "quantity": 4}, {"unit_price": 1200, "quantity": 1}]
    )
    assert [line.line_total for line in order.lines] == [1000, 1200]
    assert order.total == 2200


def test_an_order_can_have_no_lines(order_factory) -> None:
    assert order_factory(lines=[]).lines == []


def test_a_shipped_order_left_a_day_after_it_was_placed(order_factory) -> None:
    order = order_factory(shipped=True, placed_at=datetime(2026, 3, 31, 16, 45))
    assert order.status is OrderStatus.SHIPPED
    assert order.shipped_at == datetime(2026, 4, 1, 16, 45)


def test_a_shipped_order_with_a_made_up_placing_time(order_factory) -> None:
    order = order_factory(shipped=True)
    assert order.shipped_at - order.placed_at == timedelta(days=1)


def test_a_cancelled_order_was_never_shipped(order_factory) -> None:
    order = order_factory(cancelled=True)
    assert (order.status, order.shipped_at) == (OrderStatus.CANCELLED, None)


def test_a_batch_of_shipped_orders_for_one_customer(customer_factory, order_factory) -> None:
    tessa = customer_factory(name="Tessa Hart")
    orders = order_factory.create_batch(4, customer=tessa, shipped=True)
    assert tessa.orders == orders
    assert {order.status for order in orders} == {OrderStatus.SHIPPED}


def test_a_built_order_has_its_lines_but_no_rows(order_factory, db_session: Session) -> None:
    order = order_factory.build(lines=2)
    assert len(order.lines) == 2
    assert order.id is None
    assert db_session.scalar(select(func.count()).select_from(OrderLine)) == 0
