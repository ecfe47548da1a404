"""A demo, not collected by default: one list object seen by two tests.

Run it with `pytest -q demo_shared_value.py`. pytest neither copies a
parametrize value nor shares one row's value with another row; but a row
of the inner table is the very same object in every combination the
outer table makes, and the first test that changes it changes it for the
next.
"""

import pytest

from shipping import shipping_cost


@pytest.mark.parametrize("zone", ["local", "europe"])
@pytest.mark.parametrize("weights", [[500, 1500]], ids=["two-parcels"])
def test_one_more_parcel_costs_one_more_fee(
    zone: str, weights: list[int]
) -> None:
    weights.append(700)  # the mistake: the row's list is changed in place
    costs = [shipping_cost(zone, grams) for grams in weights]
    assert len(costs) == 3
