"""Tessa's loyalty club, written with divmod. Same rules as the course's loyalty.py."""

from __future__ import annotations


def points_for(cents: int) -> int:
    if cents < 0:
        raise ValueError("the amount of a purchase must not be negative")
    euros, _ = divmod(cents, 100)
    return euros * 2 if cents >= 50_00 else euros


def vouchers_for(points: int) -> tuple[int, int]:
    return divmod(points, 100)


def member_price(cents: int) -> int:
    discount, _ = divmod(cents * 5, 100)
    return cents - discount
