"""A mark with a typo, to show what --strict-markers does with it.
Run it with `pytest demo_typo_in_a_mark.py`."""

import pytest
from stock import Shelves


@pytest.mark.slwo
def test_a_year_of_daily_deliveries_adds_up() -> None:
    shelves = Shelves()
    for _ in range(365):
        shelves.receive("MILK-1L", 20)
    assert shelves.count("MILK-1L") == 7300
