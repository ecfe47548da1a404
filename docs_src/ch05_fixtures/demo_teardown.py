"""A demo, not collected by default: teardown runs even when the test fails.

Run it with `pytest demo_teardown.py`: the report shows the fixture's
output from before the test (setup) and from after it (teardown).
"""

from orders import Customer, Order, OrderBook


def test_a_wrong_expectation(order_book: OrderBook) -> None:
    tea = Order(Customer("Ana Lima", "ana@example.com"), [("TEA", 350, 2)])
    order_book.add(tea)
    total = tea.total()
    assert total == 600
