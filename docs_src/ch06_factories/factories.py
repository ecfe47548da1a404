"""factory_boy factories for the shop's models: one line in a test makes a whole customer."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import factory
from factory import alchemy
from sqlalchemy.orm import scoped_session, sessionmaker

from models import Customer, Order, OrderItem, OrderStatus

# --8<-- [start:session]
# One session registry for every factory. The db_session fixture binds it to the
# test database and empties it after each test, so the factories need no import
# of the fixture and always write into the session the test is using.
TestSession = scoped_session(sessionmaker())


class ShopFactory(alchemy.SQLAlchemyModelFactory):
    """What every factory of the shop shares: where and how it saves."""

    class Meta:
        abstract = True
        sqlalchemy_session = TestSession
        # "flush": create() sends the INSERT, so the row gets its id, but does
        # not commit; the fixture's rollback then removes it after the test.
        sqlalchemy_session_persistence = "flush"
# --8<-- [end:session]


# --8<-- [start:customer]
class CustomerFactory(ShopFactory):
    class Meta:
        model = Customer

    name = factory.Faker("name")
    # Faker may well invent the same address twice; a sequence never does.
    email = factory.Sequence(lambda n: f"customer{n}@example.com")
    # --8<-- [start:lazy-function]
    # The model's default only applies when the row is saved; build() saves
    # nothing. LazyFunction calls date.today for each customer as it is made
    # (`joined_on = date.today()` would run once, when Python reads the class).
    joined_on = factory.LazyFunction(date.today)
    # --8<-- [end:lazy-function]
# --8<-- [end:customer]


# --8<-- [start:order]
class OrderFactory(ShopFactory):
    class Meta:
        model = Order

    customer = factory.SubFactory(CustomerFactory)
    status = OrderStatus.PENDING
    placed_at = factory.Faker(
        "date_time_between", start_date=datetime(2026, 1, 1), end_date=datetime(2026, 3, 31)
    )
    shipped_at = None
# --8<-- [end:order]

# --8<-- [start:traits]
    class Params:
        # OrderFactory(shipped=True) switches on several fields that belong together.
        shipped = factory.Trait(
            status=OrderStatus.SHIPPED,
            shipped_at=factory.LazyAttribute(lambda order: order.placed_at + timedelta(days=2)),
        )
        cancelled = factory.Trait(status=OrderStatus.CANCELLED)
# --8<-- [end:traits]

# --8<-- [start:lines]
    @factory.post_generation
    def items(order: Order, create: bool, extracted: Any, **fields: Any) -> None:
        """One random line by default; ``items=3`` for three, ``items=[{...}]`` to choose."""
        lines = 1 if extracted is None else extracted
        wanted = [{}] * lines if isinstance(lines, int) else lines
        # build() must stay out of the database, so its lines are only built too.
        make = OrderItemFactory.create if create else OrderItemFactory.build
        for line in wanted:
            make(order=order, **{**fields, **line})
# --8<-- [end:lines]


# --8<-- [start:item]
class OrderItemFactory(ShopFactory):
    class Meta:
        model = OrderItem

    # A line made on its own gets an order of its own, with no other lines.
    order = factory.SubFactory(OrderFactory, items=0)
    product = factory.Faker("random_element", elements=["tea", "scones", "jam", "honey"])
    unit_price = factory.Faker("random_int", min=80, max=1200)
    quantity = factory.Faker("random_int", min=1, max=4)
# --8<-- [end:item]
