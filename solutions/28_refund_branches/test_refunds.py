"""Tests for refunds.py: every rule at its boundary, and every branch run and checked.

Each row names the rule and the day it probes, so a failure reads as the broken rule.
Coverage only says a branch ran; the expected refund on each row is what catches a bug.
"""

import pytest

from refunds import refund_cents


@pytest.mark.parametrize(
    ("days", "refund"),
    [(0, 1250), (30, 1250), (31, 0)],
    ids=["same-day", "last-day", "day-after"],
)
def test_an_unopened_item_comes_back_in_full_for_30_days(days: int, refund: int) -> None:
    assert refund_cents(1250, days, opened=False) == refund


@pytest.mark.parametrize(
    ("days", "refund"),
    [(0, 1100), (14, 1100), (15, 0)],
    ids=["same-day", "last-day", "day-after"],
)
def test_an_opened_item_comes_back_less_the_fee_for_14_days(days: int, refund: int) -> None:
    assert refund_cents(1250, days, opened=True) == refund


@pytest.mark.parametrize(
    ("price", "refund"),
    [(150, 0), (99, 0), (151, 1)],
    ids=["fee-equals-price", "fee-above-price", "one-cent-left"],
)
def test_the_fee_never_takes_more_than_the_price(price: int, refund: int) -> None:
    assert refund_cents(price, 2, opened=True) == refund


@pytest.mark.parametrize("opened", [False, True], ids=["unopened", "opened"])
@pytest.mark.parametrize(
    ("days", "refund"),
    [(100, 1250), (365, 1250), (366, 0)],
    ids=["after-30-days", "last-day", "day-after"],
)
def test_a_faulty_item_comes_back_in_full_for_a_year(opened: bool, days: int, refund: int) -> None:
    assert refund_cents(1250, days, opened=opened, faulty=True) == refund


@pytest.mark.parametrize(
    ("price", "days"),
    [(-1, 3), (1250, -1)],
    ids=["negative-price", "negative-days"],
)
def test_a_mistake_at_the_till_is_refused(price: int, days: int) -> None:
    # The words of the message are not promised: the type of the error is.
    with pytest.raises(ValueError):
        refund_cents(price, days, opened=False)
