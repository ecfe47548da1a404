"""Tests that fail on purpose, to show what pytest prints when an assertion fails.
pytest does not collect this file by itself (its name does not start with test_):
run one test at a time, for example `pytest -q demo_failures.py::test_summary`.
The code is right every time; each test expects something it should not.
"""

import pytest
from orders import InvalidTransition, Order, Status


def paid_order() -> Order:
    order = Order("A-1001")
    order.add("APPLE", 45, 3, 0.1)
    order.add("COFFEE-400", 649, 1, 0.4)
    order.move_to(Status.PAID)
    return order


def test_summary() -> None:
    # Counts the lines, where the summary counts the items.
    assert paid_order().summary() == {
        "id": "A-1001",
        "status": "paid",
        "items": 2,
        "total": 784,
        "weight_kg": pytest.approx(0.7),
    }


def test_skus() -> None:
    # Expects the lines sorted; they come in the order they were added.
    assert paid_order().skus() == ["COFFEE-400", "APPLE"]


def test_weight() -> None:
    # Compares floats exactly.
    weight = paid_order().weight_kg()
    assert weight == 0.7


def test_refusal_message() -> None:
    # Guesses the wording of the message instead of reading it.
    with pytest.raises(InvalidTransition, match="cannot be shipped"):
        paid_order().move_to(Status.SHIPPED)


def test_every_line_has_a_weight() -> None:
    # A custom message says which line broke the rule.
    order = paid_order()
    order.add("GIFT-CARD", 1000, 1, 0.0)
    for line in order.lines:
        assert line.unit_weight_kg > 0, f"{line.sku} has no weight; the courier needs one"
