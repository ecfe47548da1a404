"""The other half of the mistake in clash/unit/test_points.py."""

import sqlite3

from shop.customers import new_customer
from shop.ledger import PointsLedger


def test_a_customer_starts_with_no_points() -> None:
    ledger = PointsLedger(sqlite3.connect(":memory:"))
    assert ledger.balance(new_customer("bob@example.com")) == 0
