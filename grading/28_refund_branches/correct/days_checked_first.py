"""Refunds at the counter: the days are checked before the price, and errors are worded
for the person at the till."""


class TillMistake(ValueError):
    """Something typed at the till cannot be right."""


def refund_cents(price_cents: int, days: int, *, opened: bool, faulty: bool = False) -> int:
    """What the customer gets back for an item bought ``days`` days ago."""
    if days < 0:
        raise TillMistake("Check the date of purchase: it is in the future.")
    if price_cents < 0:
        raise TillMistake("Check the price: it is below zero.")
    if faulty:
        last_day, fee = 365, 0
    elif opened:
        last_day, fee = 14, 150
    else:
        last_day, fee = 30, 0
    refund = price_cents - fee if days <= last_day else 0
    return refund if refund > 0 else 0
