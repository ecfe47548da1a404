"""Another correct pricing: the same promises, computed in another order."""

from __future__ import annotations


def line_total(unit_price: int, quantity: int) -> int:
    if min(unit_price, quantity) < 0:
        raise ValueError(f"negative input: price {unit_price}, quantity {quantity}")
    gross = unit_price * quantity
    if quantity < 10:
        return gross
    # Ten percent off, rounded down to whole cents, is a tenth by floor division.
    return gross - gross // 10


def delivery_fee(goods: int) -> int:
    if goods < 5000:
        return 495
    return 0


def order_total(lines: list[tuple[int, int]]) -> int:
    total = 0
    for unit_price, quantity in lines:
        total += line_total(unit_price, quantity)
    return total + delivery_fee(total) if lines else 0
