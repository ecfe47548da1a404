"""Tessa's loyalty club: points for purchases, vouchers for points, members' prices.

The rules:

* ``points_for(cents)`` gives one point per whole euro of a purchase; the cents that do
  not make a whole euro earn nothing.
* A purchase of 5000 cents (50 euros) or more earns double points.
* A purchase of 0 cents earns 0 points; a negative amount raises ``ValueError``.
* ``vouchers_for(points)`` returns ``(vouchers, points_left)``: every 100 points make one
  voucher, and the points that do not make a voucher are kept.
* ``member_price(cents)`` is the price for a member of the club: 5% less, the discount
  rounded down to whole cents.
"""

from __future__ import annotations

CENTS_PER_POINT = 100
DOUBLE_FROM_CENTS = 5000
POINTS_PER_VOUCHER = 100
MEMBER_PERCENT = 5


def points_for(cents: int) -> int:
    if cents < 0:
        raise ValueError(f"a purchase cannot cost {cents} cents")
    points = cents // CENTS_PER_POINT
    if cents >= DOUBLE_FROM_CENTS:
        points *= 2
    return points


def vouchers_for(points: int) -> tuple[int, int]:
    vouchers = points // POINTS_PER_VOUCHER
    return vouchers, points - vouchers * POINTS_PER_VOUCHER


def member_price(cents: int) -> int:
    return cents - cents * MEMBER_PERCENT // 100
