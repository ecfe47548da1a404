"""A demo, not collected by default: teardown runs even when the test fails.

Run it with `pytest demo_teardown.py`: the report shows the fixture's output from
before the test (setup) and from after it (teardown).
"""

from orders import Order, OrderBook


def test_a_wrong_expectation(order_book: OrderBook, order: Order) -> None:
    order_book.add(order)
    assert order.total() == 1000
