"""Integration tests: customers, loyalty and the ledger together, on a
real SQLite database (in memory, a new one for each test)."""

from shop.customers import new_customer
from shop.ledger import PointsLedger
from shop.loyalty import points_for


# --8<-- [start:uses-ledger]
def test_points_from_two_purchases_add_up_in_the_ledger(
    ledger: PointsLedger,
) -> None:
    ann = new_customer("ann@example.com", "Ann")
    ledger.add(ann, points_for(1250))
    ledger.add(ann, points_for(6000))
    assert ledger.balance(ann) == 12 + 120
# --8<-- [end:uses-ledger]


def test_the_ledger_knows_a_customer_by_any_spelling_of_the_email(
    ledger: PointsLedger,
) -> None:
    ledger.add(new_customer("Ann@Example.com"), 10)
    assert ledger.balance(new_customer("ann@example.com ")) == 10


def test_a_customer_with_no_purchases_has_no_points(ledger: PointsLedger) -> None:
    assert ledger.balance(new_customer("bob@example.com")) == 0
