"""Factories for the shop's customers, orders and order lines.

The session plumbing and CustomerFactory are done; OrderFactory needs its
traits and its lines, and OrderLineFactory is yours to write.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import factory
from factory import alchemy
from sqlalchemy.orm import scoped_session, sessionmaker

from models import Customer, Order, OrderLine, OrderStatus

# conftest.py binds this registry to the test database and clears it after each test.
ShopSession = scoped_session(sessionmaker())


class CustomerFactory(alchemy.SQLAlchemyModelFactory):
    class Meta:
        model = Customer
        sqlalchemy_session = ShopSession
        sqlalchemy_session_persistence = "flush"

    name = factory.Faker("name")
    email = factory.Sequence(lambda n: f"shopper{n}@example.net")


class OrderFactory(alchemy.SQLAlchemyModelFactory):
    class Meta:
        model = Order
        sqlalchemy_session = ShopSession
        sqlalchemy_session_persistence = "flush"

    customer = factory.SubFactory(CustomerFactory)
    placed_at = factory.Faker(
        "date_time_between", start_date=datetime(2026, 1, 1), end_date=datetime(2026, 6, 30)
    )
    # Said here rather than left to the model's default, which only applies on
    # INSERT: a built order is pending too.
    status = OrderStatus.PENDING
    shipped_at = None

    class Params:
        # A trait sets fields that only make sense together: a shipped order
        # without a shipping time would be a state the shop never produces.
        shipped = factory.Trait(
            status=OrderStatus.SHIPPED,
            # Lazy: worked out once placed_at is known, so a test that picks
            # placed_at gets a shipping time that follows from it.
            shipped_at=factory.LazyAttribute(lambda order: order.placed_at + timedelta(days=1)),
        )
        cancelled = factory.Trait(status=OrderStatus.CANCELLED)

    @factory.post_generation
    def lines(order: Order, create: bool, extracted: Any, **fields: Any) -> None:
        # post_generation runs after the order exists, which a line needs.
        # `extracted` is what the test passed as lines=...; None when it passed nothing.
        wanted = 1 if extracted is None else extracted
        specs = [{}] * wanted if isinstance(wanted, int) else wanted
        # Follow the order's strategy: build() must leave the database alone,
        # and a created line would drag its order into the session with it.
        make = OrderLineFactory.create if create else OrderLineFactory.build
        for spec in specs:
            make(order=order, **fields, **spec)


class OrderLineFactory(alchemy.SQLAlchemyModelFactory):
    class Meta:
        model = OrderLine
        sqlalchemy_session = ShopSession
        sqlalchemy_session_persistence = "flush"

    # A line made on its own still needs an order; that order gets no lines of
    # its own, or the line would not be the only one.
    order = factory.SubFactory(OrderFactory, lines=[])
    product = factory.Faker("random_element", elements=["tea", "teapot", "scones", "marmalade"])
    unit_price = factory.Faker("random_int", min=50, max=3000)
    quantity = factory.Faker("random_int", min=1, max=6)
    # Computed from this very line's fields, whether made up or given by the test.
    line_total = factory.LazyAttribute(lambda line: line.unit_price * line.quantity)
