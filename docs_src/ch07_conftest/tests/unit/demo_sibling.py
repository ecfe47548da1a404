"""A mistake on purpose (pytest does not collect this file): a fixture from a sibling folder.

Run it with `python -m pytest tests/unit/demo_sibling.py` to see the error the chapter shows.
"""

from __future__ import annotations

from pathlib import Path


# --8<-- [start:sibling]
def test_peeks_into_the_outbox(outbox: Path) -> None:
    # `outbox` lives in tests/integration/conftest.py: tests/unit cannot see it.
    assert not list(outbox.iterdir())
# --8<-- [end:sibling]
