"""Factories for the shop's customers and orders.

A test asks for what it cares about (``CustomerFactory(name="Tessa")``) and the
factory fills in everything else with believable, made-up values.
"""

from __future__ import annotations

import factory
from factory import alchemy
from sqlalchemy.orm import scoped_session, sessionmaker

from models import Customer, Order, OrderStatus

# The factories save through this registry. conftest.py binds it to the test
# database and empties it after each test, so every factory always writes into
# the very session the test reads from, without the factories knowing the fixture.
FactorySession = scoped_session(sessionmaker())


class CustomerFactory(alchemy.SQLAlchemyModelFactory):
    class Meta:
        model = Customer
        sqlalchemy_session = FactorySession
        # "flush" sends the INSERT, so the row has its id at once, but leaves the
        # transaction open: the fixture's rollback can still take it back.
        # "commit" would make the row permanent, and the next test would see it.
        sqlalchemy_session_persistence = "flush"

    name = factory.Faker("name")
    # A counter, not Faker: random addresses collide sooner or later, and the
    # unique column would then fail a test that has nothing to do with e-mails.
    email = factory.Sequence(lambda n: f"customer-{n}@example.org")


class OrderFactory(alchemy.SQLAlchemyModelFactory):
    class Meta:
        model = Order
        sqlalchemy_session = FactorySession
        sqlalchemy_session_persistence = "flush"

    # Each order gets a fresh customer unless the test passes one; the
    # subfactory follows the order's strategy, so build() builds it and
    # create() saves it.
    customer = factory.SubFactory(CustomerFactory)
    placed_at = factory.Faker("date_time_this_year")
    # The model's default would make it pending only when saved; saying it
    # here makes a built order pending too.
    status = OrderStatus.PENDING
