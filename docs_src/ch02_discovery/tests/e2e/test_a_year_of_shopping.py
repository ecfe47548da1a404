"""End-to-end: one customer's whole story, through every part of the shop,
with the ledger in a database file, as the shop keeps it."""

import sqlite3
from contextlib import closing
from pathlib import Path

from shop.customers import greeting, new_customer
from shop.ledger import PointsLedger
from shop.loyalty import points_for, vouchers_for


# --8<-- [start:e2e]
def test_a_new_customer_shops_all_year_and_earns_vouchers(tmp_path: Path) -> None:
    database = tmp_path / "points.sqlite"
    ana = new_customer(" Ana@Example.com", "Ana")
    assert greeting(ana) == "Hello Ana!"

    for total_cents in [1250, 6000, 4999, 830]:  # four visits to the shop
        with closing(sqlite3.connect(database)) as connection:
            PointsLedger(connection).add(ana, points_for(total_cents))
            connection.commit()

    # The till reopens the database the next day and pays out the vouchers.
    with closing(sqlite3.connect(database)) as connection:
        balance = PointsLedger(connection).balance(new_customer("ana@example.com"))
    assert balance == 12 + 120 + 49 + 8
    assert vouchers_for(balance) == (100, 89)
# --8<-- [end:e2e]
