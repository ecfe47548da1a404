"""A demo, not collected by default: a misspelt mark under --strict-markers.

Run it with `pytest demo_typo.py`: pytest stops before running anything.
"""

import pytest

from shipping import shipping_cost


@pytest.mark.solw  # meant: slow
def test_europe_is_dearest() -> None:
    assert shipping_cost("europe", 500) > shipping_cost("national", 500)
