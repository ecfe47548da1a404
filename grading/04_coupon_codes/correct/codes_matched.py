"""Another correct coupons module: one match statement, and refusals raised by a helper.

The promises are the shop's; the messages are worded differently around what is
promised in them (the code as typed, the minimum 2500), and CouponError is a ValueError.
"""

from __future__ import annotations


class CouponError(ValueError):
    """The checkout refuses the code."""


def _refuse(reason: str) -> CouponError:
    return CouponError(f"Sorry, this coupon cannot be used: {reason}.")


def discount(code: str, goods: int) -> int:
    typed = code.strip()
    match typed.casefold():
        case "":
            return 0
        case "welcome10":
            return goods // 10
        case "save500" if goods >= 2500:
            return 500
        case "save500":
            raise _refuse("SAVE500 is for orders of 2500 cents and more")
        case "tenner":
            return min(goods, 1000)
        case _:
            raise _refuse(f"{typed} is not one of our codes")
