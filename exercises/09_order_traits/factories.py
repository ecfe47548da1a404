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
    # TODO: a new order is pending and has not been shipped.

    # TODO: traits, switched on with OrderFactory(shipped=True) or (cancelled=True):
    #       - shipped: the status says so, and the order left the shop exactly one
    #         day after it was placed (computed from this order's own placed_at,
    #         whoever chose it);
    #       - cancelled: the status says so; a cancelled order was never shipped.

    # TODO: the order's lines, made after the order itself:
    #       - by default, one made-up line;
    #       - lines=3: three made-up lines; lines=[]: none;
    #       - lines=[{"unit_price": 250, "quantity": 4}, ...]: those lines, any
    #         field not given made up;
    #       - OrderFactory.build(...) must not write anything to the database,
    #         not even its lines.


# TODO: OrderLineFactory, for OrderLine: a made-up product, unit price and
#       quantity, and a line_total worked out from this line's own price and
#       quantity.
