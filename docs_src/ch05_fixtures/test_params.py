"""Tests that run once per value of a parametrized fixture."""

from orders import Customer, Order


# --8<-- [start:use]
def test_nobody_pays_more_than_the_goods(shopper: Customer) -> None:
    order = Order(shopper, [("BREAD", 420, 3)])
    assert 0 < order.total() <= order.goods()


def test_an_empty_order_costs_nothing(shopper: Customer) -> None:
    assert Order(shopper).total() == 0
# --8<-- [end:use]
