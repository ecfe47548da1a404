"""Refunds at the counter, worked out from a table of return periods."""

from typing import NamedTuple


class Period(NamedTuple):
    days: int
    fee_cents: int


UNOPENED = Period(days=30, fee_cents=0)
OPENED = Period(days=14, fee_cents=150)
FAULTY = Period(days=365, fee_cents=0)


def refund_cents(price_cents: int, days: int, *, opened: bool, faulty: bool = False) -> int:
    """What the customer gets back for an item bought ``days`` days ago."""
    if price_cents < 0 or days < 0:
        raise ValueError("refund_cents needs a price and a number of days of at least 0")
    period = FAULTY if faulty else OPENED if opened else UNOPENED
    if days > period.days:
        return 0
    return max(0, price_cents - period.fee_cents)
