"""The first tests of delivery.py: every line runs, and one way through is still missing."""

import pytest

from delivery import order_total


def test_a_small_order_pays_for_delivery() -> None:
    assert order_total(1200) == 1695


def test_goods_cannot_cost_less_than_nothing() -> None:
    with pytest.raises(ValueError, match="-1 cents"):
        order_total(-1)
