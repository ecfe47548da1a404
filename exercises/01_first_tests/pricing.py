"""Prices at Tessa's corner shop, in whole cents so that no float rounding creeps in.

The rules the shop promises its customers:

* A line costs unit price times quantity.
* Buying 10 or more of one item takes 10% off that line. The discount is rounded
  down to whole cents, so the fraction of a cent stays on the bill: 11 items at
  99 cents are 1089 cents, less a discount of 108 cents (not 108.9), so 981 cents.
* Delivery costs 495 cents, and is free when the goods come to 5000 cents or more
  (after discounts).
* An empty basket costs nothing: there is nothing to deliver.
* Negative prices or quantities are mistakes and raise ValueError.
"""

from __future__ import annotations

BULK_QUANTITY = 10
BULK_DISCOUNT_PERCENT = 10
DELIVERY_FEE = 495
FREE_DELIVERY_FROM = 5000


def line_total(unit_price: int, quantity: int) -> int:
    """The price of ``quantity`` items at ``unit_price`` cents each, discount applied."""
    if unit_price < 0 or quantity < 0:
        raise ValueError("unit price and quantity cannot be negative")
    total = unit_price * quantity
    if quantity >= BULK_QUANTITY:
        total -= total * BULK_DISCOUNT_PERCENT // 100
    return total


def delivery_fee(goods: int) -> int:
    """What delivery adds to an order whose goods cost ``goods`` cents."""
    return 0 if goods >= FREE_DELIVERY_FROM else DELIVERY_FEE


def order_total(lines: list[tuple[int, int]]) -> int:
    """The whole order: each ``(unit_price, quantity)`` line, then delivery."""
    if not lines:
        return 0
    goods = sum(line_total(price, quantity) for price, quantity in lines)
    return goods + delivery_fee(goods)
