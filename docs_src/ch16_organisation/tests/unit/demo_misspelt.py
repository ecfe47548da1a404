"""A demo, not collected (its name does not start with test_): a misspelt mark."""

from __future__ import annotations

import pytest

from basket import Line, total


@pytest.mark.unti
def test_one_tea_pays_delivery() -> None:
    assert total([Line("TEA-80", 450, 1)]) == 945
