"""Coupon codes at Tessa's corner shop (another correct version: one rule per code).

Same promises as the shop's own module: codes ignore case and surrounding spaces, a
blank code takes nothing off, WELCOME10 takes 10% rounded down, SAVE500 takes 500 cents
from 2500 cents of goods up, TENNER takes up to 1000 cents, anything else is refused
with CouponError.
"""

from __future__ import annotations

from collections.abc import Callable


class CouponError(Exception):
    pass


def _welcome(goods: int) -> int:
    whole, _ = divmod(goods, 10)
    return whole


def _save500(goods: int) -> int:
    if goods >= 2500:
        return 500
    raise CouponError("SAVE500 needs an order of at least 2500 cents")


def _tenner(goods: int) -> int:
    return goods if goods < 1000 else 1000


RULES: dict[str, Callable[[int], int]] = {
    "": lambda goods: 0,
    "WELCOME10": _welcome,
    "SAVE500": _save500,
    "TENNER": _tenner,
}


def discount(code: str, goods: int) -> int:
    typed = code.strip()
    try:
        rule = RULES[typed.upper()]
    except KeyError:
        raise CouponError(f"unknown coupon: {typed}") from None
    return rule(goods)
