"""A test that fails, to show what pytest prints. pytest does not
collect this file by itself (its name does not start with test_): run
it with `pytest demo_first_failure.py`.

The mistake is in the test, as it often is: its expected count forgets
the second delivery.
"""

from stock import Shelves


def test_a_sale_takes_items_off_the_shelf() -> None:
    shelves = Shelves()
    shelves.receive("TEA-80", 12)
    shelves.receive("TEA-80", 6)
    shelves.sell("TEA-80", 5)
    assert shelves.count("TEA-80") == 7
