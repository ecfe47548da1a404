"""A demo, not collected by default: what xfail does once the bug is fixed.

Run it with `pytest demo_xpass.py`. Both tests check a bug that no
longer exists (the shipping table is right), so both pass. The lax mark
lets that go by as "XPASS"; the strict one fails the run and asks for the
mark to be removed.
"""

import pytest

from shipping import shipping_cost


@pytest.mark.xfail(
    reason="issue #9: members were charged for local parcels"
)
def test_member_ships_local_for_free_lax() -> None:
    assert shipping_cost("local", 500, member=True) == 0


@pytest.mark.xfail(
    strict=True, reason="issue #9: members were charged for local parcels"
)
def test_member_ships_local_for_free_strict() -> None:
    assert shipping_cost("local", 500, member=True) == 0
