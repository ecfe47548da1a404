"""Another correct pricing: the checks live in a helper that raises a ValueError of its own.

The promises are the shop's; what differs is what they leave open: the error is a
subclass of ValueError with other words, raised one call deeper, the discount is worked
out as nine tenths rounded up, and delivery is a lookup.
"""

from __future__ import annotations


class NegativeAmount(ValueError):
    """A price or a quantity below zero."""


def _refuse_negative(**amounts: int) -> None:
    for name, value in amounts.items():
        if value < 0:
            raise NegativeAmount(f"{name} must be zero or more, not {value}")


def line_total(unit_price: int, quantity: int) -> int:
    _refuse_negative(unit_price=unit_price, quantity=quantity)
    gross = unit_price * quantity
    if quantity >= 10:
        # Paying nine tenths rounded up is the same as taking a tenth off rounded down.
        return -(-gross * 9 // 10)
    return gross


_FEE_WHEN_FREE = {True: 0, False: 495}


def delivery_fee(goods: int) -> int:
    return _FEE_WHEN_FREE[goods >= 5000]


def order_total(lines: list[tuple[int, int]]) -> int:
    if len(lines) == 0:
        return 0
    goods = sum(line_total(*line) for line in lines)
    return goods + delivery_fee(goods)
