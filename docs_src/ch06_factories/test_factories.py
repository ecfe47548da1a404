"""factory_boy at work on the shop's models, one feature per test."""

from __future__ import annotations

from datetime import date

import factory.random
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from factories import CustomerFactory, OrderFactory
from loyalty import discount_percent
from models import Customer, Order, OrderStatus


# --8<-- [start:build-create]
def test_build_makes_an_object_the_database_never_sees(db_session: Session) -> None:
    customer = CustomerFactory.build()
    assert customer.id is None
    assert customer not in db_session


def test_create_saves_it_and_the_database_gives_it_an_id(db_session: Session) -> None:
    customer = CustomerFactory.create()  # the same as CustomerFactory()
    assert customer.id is not None
    assert db_session.get(Customer, customer.id) is customer
# --8<-- [end:build-create]


# --8<-- [start:sequence]
def test_every_customer_gets_an_address_of_their_own(
    customer_factory: type[CustomerFactory],
) -> None:
    customers = customer_factory.create_batch(50)
    assert len({customer.email for customer in customers}) == 50


def test_what_the_test_passes_beats_the_default(customer_factory: type[CustomerFactory]) -> None:
    tessa = customer_factory(name="Tessa Hart", email="tessa@example.com")
    assert (tessa.name, tessa.email) == ("Tessa Hart", "tessa@example.com")
# --8<-- [end:sequence]


# --8<-- [start:subfactory]
def test_an_order_brings_its_customer(order_factory: type[OrderFactory]) -> None:
    order = order_factory()
    assert order.customer.id is not None


def test_orders_can_share_a_customer(
    customer_factory: type[CustomerFactory], order_factory: type[OrderFactory]
) -> None:
    ana = customer_factory()
    orders = order_factory.create_batch(3, customer=ana)
    assert ana.orders == orders
# --8<-- [end:subfactory]


# --8<-- [start:trait]
def test_a_shipped_order_has_a_shipping_date(order_factory: type[OrderFactory]) -> None:
    order = order_factory(shipped=True)
    assert order.status is OrderStatus.SHIPPED
    assert order.shipped_at is not None and order.shipped_at > order.placed_at


def test_a_plain_order_is_pending_and_unshipped(order_factory: type[OrderFactory]) -> None:
    order = order_factory()
    assert (order.status, order.shipped_at) == (OrderStatus.PENDING, None)
# --8<-- [end:trait]


# --8<-- [start:post-generation]
def test_items_chosen_by_the_test(order_factory: type[OrderFactory]) -> None:
    order = order_factory(
        items=[
            {"product": "tea", "unit_price": 350, "quantity": 2},
            {"product": "jam", "unit_price": 420, "quantity": 1},
        ]
    )
    assert order.total == 1120


def test_a_number_of_random_items(order_factory: type[OrderFactory]) -> None:
    assert len(order_factory(items=4).items) == 4


def test_built_orders_keep_their_lines_out_of_the_database(db_session: Session) -> None:
    order = OrderFactory.build(items=2)
    assert len(order.items) == 2
    assert db_session.scalar(select(func.count()).select_from(Order)) == 0
# --8<-- [end:post-generation]


# --8<-- [start:loyalty]
def test_three_shipped_orders_make_a_regular(
    customer_factory: type[CustomerFactory], order_factory: type[OrderFactory]
) -> None:
    regular = customer_factory()
    order_factory.create_batch(3, customer=regular, shipped=True)
    assert discount_percent(regular) == 5


def test_pending_and_cancelled_orders_do_not_count(
    customer_factory: type[CustomerFactory], order_factory: type[OrderFactory]
) -> None:
    hopeful = customer_factory()
    order_factory.create_batch(2, customer=hopeful, shipped=True)
    order_factory(customer=hopeful)
    order_factory(customer=hopeful, cancelled=True)
    assert discount_percent(hopeful) == 0
# --8<-- [end:loyalty]


# --8<-- [start:seeded]
def test_the_same_seed_gives_the_same_customer() -> None:
    factory.random.reseed_random(42)
    first = CustomerFactory.build().name
    factory.random.reseed_random(42)
    assert CustomerFactory.build().name == first
# --8<-- [end:seeded]


# --8<-- [start:batches]
def test_build_batch_is_for_code_that_needs_no_database() -> None:
    orders = OrderFactory.build_batch(5, shipped=True)
    assert all(order.id is None for order in orders)
    assert {order.status for order in orders} == {OrderStatus.SHIPPED}
# --8<-- [end:batches]


# --8<-- [start:lazy-function-test]
def test_a_built_customer_has_a_joining_day_without_a_database() -> None:
    before = date.today()
    customer = CustomerFactory.build()
    assert customer.id is None  # never saved...
    assert before <= customer.joined_on <= date.today()  # ...yet it has a day
# --8<-- [end:lazy-function-test]
