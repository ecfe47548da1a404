"""Your tests for pricing.py. Run `checker check 1` to see how thorough they are."""

from pricing import delivery_fee, line_total, order_total


def test_one_item_costs_its_unit_price() -> None:
    assert line_total(250, 1) == 250


# TODO: test the bulk discount. What does a line of 10 cost? And of 9?
# TODO: test delivery: below, at, and above the free-delivery threshold.
# TODO: test order_total, including an empty basket.
# TODO: test that a negative price or quantity is refused (see the chapter: pytest.raises).
