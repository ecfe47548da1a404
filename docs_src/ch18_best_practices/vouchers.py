"""Loyalty vouchers: spendable until midnight at the end of their last day, shop time."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

SHOP_TIME = ZoneInfo("Europe/Paris")


def voucher_valid(expires_on: date) -> bool:
    return datetime.now(SHOP_TIME).date() <= expires_on


def days_left(expires_on: date) -> int:
    """Whole days left after today; 0 on the last day, negative once expired."""
    return (expires_on - datetime.now(SHOP_TIME).date()).days
