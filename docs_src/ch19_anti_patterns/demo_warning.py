"""A demo, not collected: a test that still calls the old name."""

from prices import euros


def test_a_refund_shows_a_minus() -> None:
    assert euros(-195) == "-€1.95"
