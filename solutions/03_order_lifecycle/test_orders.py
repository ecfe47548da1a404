"""Tests for orders.py: each rule of its docstring, with the assertion that fits it."""

import pytest

from orders import InvalidTransition, Line, Order, Status, order_total


def test_a_new_order_is_pending() -> None:
    assert Order(17).status is Status.PENDING


def test_an_order_walks_every_step_to_the_door() -> None:
    order = Order(17)
    for step in (Status.PAID, Status.SHIPPED, Status.DELIVERED):
        order.move_to(step)
        # Checked after every step, so a failure names the step that went wrong.
        assert order.status is step


@pytest.mark.parametrize("before", [Status.PENDING, Status.PAID])
def test_an_order_that_has_not_shipped_can_be_cancelled(before: Status) -> None:
    order = Order(17, status=before)
    order.move_to(Status.CANCELLED)
    assert order.status is Status.CANCELLED


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (Status.SHIPPED, Status.CANCELLED),  # too late to cancel
        (Status.PAID, Status.DELIVERED),  # skips shipping
        (Status.PENDING, Status.SHIPPED),  # skips payment
        (Status.SHIPPED, Status.PENDING),  # backwards
        (Status.DELIVERED, Status.CANCELLED),  # the end of the road
        (Status.CANCELLED, Status.PAID),
        (Status.PAID, Status.PAID),  # standing still is not a move either
    ],
)
def test_a_move_the_rules_do_not_allow_is_refused(before: Status, after: Status) -> None:
    order = Order(17, status=before)
    # match= makes the test say which error it expects, not just that something broke:
    # a TypeError or a wrong message would not pass for the right refusal. match= searches
    # the message, so it checks the promised words and leaves the others free.
    with pytest.raises(InvalidTransition, match=f"from {before.value} to {after.value}"):
        order.move_to(after)
    # A refused move must not half-happen.
    assert order.status is before


def test_a_refused_move_says_which_order_and_which_way() -> None:
    order = Order(17, status=Status.SHIPPED)
    # \b on both sides: "order 17" must not pass for "order 170".
    with pytest.raises(InvalidTransition, match=r"\border 17\b") as caught:
        order.move_to(Status.PENDING)
    # The message is for people; the attributes are for the code that handles the error,
    # so both are promised and both are checked. Only the docstring's promised words are
    # checked in the message: another correct version words the rest differently.
    assert "from shipped to pending" in str(caught.value)
    assert caught.value.order_id == 17
    assert caught.value.from_status is Status.SHIPPED
    assert caught.value.to_status is Status.PENDING


def test_total_counts_every_unit_of_every_line() -> None:
    order = Order(17, [Line("tea", 350, 2), Line("jam", 199)])
    assert order.total() == 899


def test_vat_is_a_sixth_of_a_total_that_includes_20_percent() -> None:
    order = Order(17, [Line("tea", 350, 2), Line("jam", 199)])
    # 899 * 0.2 / 1.2 = 149.8333... cents. The digits past the last few depend on how the
    # code writes the sum, and a correct version may write it differently: approx compares
    # to a relative tolerance of one in a million, tight enough to notice a formula that is
    # off by a little.
    assert order.vat_included() == pytest.approx(149.833333333)


def test_an_empty_order_costs_nothing_and_carries_no_vat() -> None:
    order = Order(17)
    assert order.total() == 0
    # approx near zero: its relative tolerance would be zero, so it allows 1e-12 absolute.
    assert order.vat_included() == pytest.approx(0.0)


def test_summary_holds_exactly_what_the_dashboard_shows() -> None:
    order = Order(17, [Line("tea", 350, 2), Line("jam", 199)], status=Status.PAID)
    # The whole dict at once: a misnamed or extra key fails here, and pytest's diff of two
    # dicts shows exactly which key differs.
    assert order.summary() == {"id": 17, "status": "paid", "items": 3, "total_cents": 899}


def test_order_total_still_works_but_points_to_its_replacement() -> None:
    order = Order(17, [Line("tea", 350, 2)])
    # The category and the text are both the promise: a UserWarning, or a warning that
    # does not name Order.total(), would leave callers guessing.
    with pytest.warns(DeprecationWarning, match=r"Order\.total\(\)"):
        total = order_total(order)
    assert total == 700
