"""Asking for fixtures by name."""

from orders import Customer, Order


# --8<-- [start:use]
def test_an_order_adds_up_its_lines(order: Order) -> None:
    assert order.goods() == 2 * 109 + 420 + 289


def test_a_guest_pays_for_the_goods(order: Order) -> None:
    assert order.total() == order.goods()
# --8<-- [end:use]


# --8<-- [start:fresh]
def test_a_test_may_change_its_order(order: Order) -> None:
    order.lines.append(("TEA", 350, 1))
    assert len(order.lines) == 4


def test_the_next_test_gets_a_new_order(order: Order) -> None:
    assert len(order.lines) == 3


def test_one_fixture_value_per_test(
    order: Order, customer: Customer
) -> None:
    # `order` asked for `customer` too: within one test, both get the
    # same object.
    assert order.customer is customer
# --8<-- [end:fresh]
