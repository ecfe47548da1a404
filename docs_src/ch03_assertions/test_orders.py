"""Tests for orders.py, one assertion style at a time."""

import pytest
from orders import InvalidTransition, Order, Status


def paid_order() -> Order:
    """Two lines, four items, paid: the order most tests start from."""
    order = Order("A-1001")
    order.add("APPLE", 45, 3, 0.1)
    order.add("COFFEE-400", 649, 1, 0.4)
    order.move_to(Status.PAID)
    return order


# --8<-- [start:plain]
def test_a_paid_order_totals_its_lines() -> None:
    order = paid_order()
    assert order.total() == 3 * 45 + 649
    assert order.status is Status.PAID
    assert "COFFEE-400" in order.skus()
# --8<-- [end:plain]


# --8<-- [start:approx]
def test_an_order_weighs_what_its_lines_weigh() -> None:
    assert paid_order().weight_kg() == pytest.approx(0.7)


def test_the_courier_weighs_to_the_gram() -> None:
    assert paid_order().weight_kg() == pytest.approx(0.7, abs=0.001)
# --8<-- [end:approx]


# --8<-- [start:raises]
def test_a_shipped_order_cannot_be_cancelled() -> None:
    order = paid_order()
    order.move_to(Status.PACKED)
    order.move_to(Status.SHIPPED)
    with pytest.raises(InvalidTransition, match=r"shipped cannot become cancelled$"):
        order.move_to(Status.CANCELLED)
# --8<-- [end:raises]


# --8<-- [start:excinfo]
def test_a_refused_move_says_where_the_order_was_and_was_asked_to_go() -> None:
    order = paid_order()
    with pytest.raises(InvalidTransition) as excinfo:
        order.move_to(Status.NEW)
    assert excinfo.value.current is Status.PAID
    assert excinfo.value.requested is Status.NEW
    assert order.status is Status.PAID  # a refused move changes nothing
# --8<-- [end:excinfo]


# --8<-- [start:warns]
def test_the_old_total_in_pounds_still_works_but_warns() -> None:
    with pytest.warns(DeprecationWarning, match=r"use total\(\)"):
        pounds = paid_order().total_pounds()
    assert pounds == pytest.approx(7.84)
# --8<-- [end:warns]


# --8<-- [start:dicts]
def test_the_website_summary_shows_the_whole_order() -> None:
    assert paid_order().summary() == {
        "id": "A-1001",
        "status": "paid",
        "items": 4,
        "total": 784,
        "weight_kg": pytest.approx(0.7),
    }
# --8<-- [end:dicts]


# --8<-- [start:subset]
def test_the_summary_says_the_order_is_paid() -> None:
    expected = {"id": "A-1001", "status": "paid"}
    assert expected.items() <= paid_order().summary().items()
# --8<-- [end:subset]


# --8<-- [start:message]
def test_no_refused_move_changes_the_order() -> None:
    order = paid_order()
    for requested in (Status.NEW, Status.SHIPPED):
        with pytest.raises(InvalidTransition):
            order.move_to(requested)
        assert order.status is Status.PAID, f"the refused move to {requested.value} changed it"
# --8<-- [end:message]
