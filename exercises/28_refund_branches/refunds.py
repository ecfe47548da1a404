"""Refunds at the counter: how much of a returned item's price goes back to the customer.

Prices are whole cents (docs/shop.md). The rules, as Tessa wrote them on the till:

- an unopened item comes back in full within 30 days of purchase (day 30 included);
- an opened item comes back within 14 days (day 14 included), less a restocking fee of
  150 cents, and never for less than nothing;
- a faulty item comes back in full within 365 days, opened or not, with no fee;
- anything else gets no refund (0 cents);
- a negative price or a negative number of days is a mistake at the till: ValueError.
"""

RETURN_DAYS = 30
OPENED_RETURN_DAYS = 14
FAULTY_RETURN_DAYS = 365
RESTOCKING_FEE_CENTS = 150


def refund_cents(price_cents: int, days: int, *, opened: bool, faulty: bool = False) -> int:
    """What the customer gets back for an item bought ``days`` days ago."""
    if price_cents < 0:
        raise ValueError(f"a price cannot be {price_cents} cents")
    if days < 0:
        raise ValueError(f"an item cannot be bought {-days} days from now")
    if faulty:
        if days <= FAULTY_RETURN_DAYS:
            return price_cents
        return 0
    if not opened:
        if days <= RETURN_DAYS:
            return price_cents
        return 0
    if days > OPENED_RETURN_DAYS:
        return 0
    return max(price_cents - RESTOCKING_FEE_CENTS, 0)
