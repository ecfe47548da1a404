"""Coupon codes at Tessa's corner shop.

At the checkout a customer may type one coupon code. ``discount(code, goods)`` says how
many cents come off an order whose goods cost ``goods`` cents. The rules the shop
promises:

* Codes are not case-sensitive, and spaces typed around a code do not matter:
  ``" welcome10 "`` is the code ``WELCOME10``.
* A blank code (nothing, or only spaces) means no coupon: nothing comes off.
* ``WELCOME10`` takes 10% off the goods, rounded down to whole cents.
* ``SAVE500`` takes 500 cents off an order whose goods cost 2500 cents or more, and is
  refused on a smaller order.
* ``TENNER`` takes 1000 cents off, but never more than the goods cost: an order can
  become free, never negative.
* Any other code is refused.

A refused code raises ``CouponError``. Its message is shown to the customer, so it says
why: for an unknown code it repeats the code as typed (spaces around it left out), for
SAVE500 on a small order it names the minimum, 2500. Only these parts of the message are
promised: its other words may change.
"""

from __future__ import annotations

SAVE500_MINIMUM = 2500
TENNER_VALUE = 1000


class CouponError(Exception):
    """A code the checkout refuses; the message is meant for the customer."""


def discount(code: str, goods: int) -> int:
    """How many cents ``code`` takes off an order whose goods cost ``goods`` cents."""
    normalised = code.strip().upper()
    if not normalised:
        return 0
    if normalised == "WELCOME10":
        return goods * 10 // 100
    if normalised == "SAVE500":
        if goods < SAVE500_MINIMUM:
            raise CouponError(f"SAVE500 needs an order of at least {SAVE500_MINIMUM} cents")
        return 500
    if normalised == "TENNER":
        return min(TENNER_VALUE, goods)
    raise CouponError(f"we do not know the coupon {code.strip()!r}")
