"""Loyalty points at Tessa's corner shop.

* A purchase earns one point for each whole euro (100 cents) spent;
  the cents left over earn nothing.
* A purchase of 50 euros or more earns double points.
* Every 100 points are worth a voucher of 1 euro (100 cents); points
  left over stay on the card.
"""

from __future__ import annotations

DOUBLE_POINTS_FROM = 5000
POINTS_PER_VOUCHER = 100
VOUCHER_CENTS = 100


def points_for(total_cents: int) -> int:
    points = total_cents // 100
    return points * 2 if total_cents >= DOUBLE_POINTS_FROM else points


def vouchers_for(points: int) -> tuple[int, int]:
    """The vouchers' value in cents, and the points left on the card."""
    vouchers, left = divmod(points, POINTS_PER_VOUCHER)
    return vouchers * VOUCHER_CENTS, left
