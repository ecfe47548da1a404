"""A typo in a mark's name, which --strict-markers turns into an error."""

from __future__ import annotations

import pytest


# --8<-- [start:typo]
@pytest.mark.slwo  # meant: slow
def test_a_year_of_orders_adds_up() -> None:
    assert sum(range(365)) == 66430
# --8<-- [end:typo]
