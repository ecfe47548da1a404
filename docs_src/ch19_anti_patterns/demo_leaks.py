"""A demo, not collected: a fixed path in the shared temporary folder, and a connection
that is never closed."""

from pathlib import Path

import pytest

from ledger import Ledger, export_sales


# --8<-- [start:wrong]
@pytest.fixture
def ledger() -> Ledger:
    return Ledger(Path("/tmp/ledger.db"))  # never closed, never deleted, shared by all


def test_takings_add_up(ledger: Ledger) -> None:
    ledger.record("TEA-80", 450)
    assert ledger.takings() == 450  # 900 the second time the suite runs


def test_the_export_has_a_header() -> None:
    path = export_sales([("TEA-80", 450)], Path("/tmp"))
    assert path.read_text().startswith("sku,cents")
# --8<-- [end:wrong]
