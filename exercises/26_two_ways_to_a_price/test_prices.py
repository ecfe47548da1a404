"""Your tests for prices.py. Run `checker check 26` to see how thorough they are.

Both ways of finding a price must follow the same rules: a test that takes the way as
a parameter checks both with one body.
"""

from __future__ import annotations

from prices import Entry, PriceIndex, find_price


def test_a_listed_sku_has_its_price() -> None:
    entries = [Entry("TEA-80", 450), Entry("MILK", 129)]
    assert find_price(entries, "MILK") == 129
    assert PriceIndex(entries).price("MILK") == 129


# TODO: benchmark both ways in one group, @pytest.mark.benchmark(group="..."), on a price
#       list as long as the shop's, and check that each gives the right price.
#       Is building the index part of what a lookup costs at the till?
# TODO: a SKU listed twice, in another case; a SKU not listed; index.add.
