"""A test that expects an exception the code rightly does not raise. Run it
with `pytest demo_did_not_raise.py`.

The mistake is in the test: selling the last two items on the shelf is
allowed; only selling more than the shelf holds is refused.
"""

import pytest
from stock import OutOfStock, Shelves


def test_selling_the_last_two_items_is_refused() -> None:
    shelves = Shelves()
    shelves.receive("TEA-80", 2)
    with pytest.raises(OutOfStock):
        shelves.sell("TEA-80", 2)
