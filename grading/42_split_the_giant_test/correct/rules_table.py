"""Tessa's loyalty club, with its numbers in one table. Same rules as the course's
loyalty.py."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rules:
    cents_per_point: int = 100
    double_from: int = 5000
    voucher_points: int = 100
    member_discount_percent: int = 5


RULES = Rules()


class NegativeAmount(ValueError):
    pass


def points_for(cents: int) -> int:
    if cents < 0:
        raise NegativeAmount(cents)
    multiplier = 2 if cents >= RULES.double_from else 1
    return multiplier * (cents // RULES.cents_per_point)


def vouchers_for(points: int) -> tuple[int, int]:
    left = points % RULES.voucher_points
    return (points - left) // RULES.voucher_points, left


def member_price(cents: int) -> int:
    return cents - (cents * RULES.member_discount_percent) // 100
