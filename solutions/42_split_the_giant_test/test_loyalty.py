"""Tests for loyalty.py: one behaviour each, named after what it proves.

The old single test stopped at its first failure (an expectation that had double points
start above 50 euros) and hid every check after it. Here each rule has its own test,
and each table of cases is a parametrize whose ids say what each row is about, so a
failure names the rule and the case at once.
"""

from __future__ import annotations

import pytest

from loyalty import member_price, points_for, vouchers_for


@pytest.mark.parametrize(
    ("cents", "points"),
    [(0, 0), (99, 0), (1000, 10), (1999, 19), (4999, 49)],
    ids=["nothing", "less-than-a-euro", "ten-euros", "cents-do-not-count", "just-below-double"],
)
def test_points_for_a_purchase_below_50_euros_is_one_per_whole_euro(
    cents: int, points: int
) -> None:
    assert points_for(cents) == points


@pytest.mark.parametrize(
    ("cents", "points"),
    [(5000, 100), (5099, 100), (6000, 120)],
    ids=["exactly-50-euros", "cents-do-not-count-before-doubling", "sixty-euros"],
)
def test_points_for_a_purchase_of_50_euros_or_more_are_doubled(cents: int, points: int) -> None:
    assert points_for(cents) == points


def test_points_for_a_negative_amount_raise_value_error() -> None:
    with pytest.raises(ValueError):
        points_for(-100)


@pytest.mark.parametrize(
    ("points", "expected"),
    [(0, (0, 0)), (99, (0, 99)), (100, (1, 0)), (250, (2, 50))],
    ids=["none", "not-enough-for-one", "exactly-one", "two-and-some-left"],
)
def test_vouchers_for_points_keep_the_points_left_over(
    points: int, expected: tuple[int, int]
) -> None:
    assert vouchers_for(points) == expected


@pytest.mark.parametrize(
    ("cents", "price"),
    [(1000, 950), (1999, 1900)],
    ids=["whole-cents-discount", "discount-rounded-down"],
)
def test_member_price_takes_5_percent_off_rounded_down(cents: int, price: int) -> None:
    assert member_price(cents) == price
