"""The loyalty club's test, as it was left: one test that checks everything.

It fails, and the failure hides every check after it. Split it into focused tests,
one behaviour each, arranged, acted and asserted; name each after what it proves;
and turn the repeated checks into parametrized tables with ids. Then check the
expectations against the rules in loyalty.py: one of them is wrong.
"""

from __future__ import annotations

from loyalty import member_price, points_for, vouchers_for


def test_loyalty() -> None:
    assert points_for(1000) == 10
    assert points_for(1999) == 19
    assert points_for(5000) == 50
    assert points_for(6000) == 120
    assert vouchers_for(250) == (2, 50)
    assert vouchers_for(100) == (1, 0)
    assert member_price(1000) == 950
