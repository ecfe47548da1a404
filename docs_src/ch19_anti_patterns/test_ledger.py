from collections.abc import Iterator
from pathlib import Path

import pytest

from ledger import Ledger, export_sales


# --8<-- [start:right]
@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[Ledger]:
    """A ledger in this test's own folder, closed when the test is over."""
    ledger = Ledger(tmp_path / "ledger.db")
    yield ledger
    ledger.close()  # runs even when the test failed


def test_takings_add_up(ledger: Ledger) -> None:
    ledger.record("TEA-80", 450)
    ledger.record("MILK", 120)
    assert ledger.takings() == 570


def test_the_export_has_a_header(tmp_path: Path) -> None:
    path = export_sales([("TEA-80", 450)], tmp_path)
    assert path.read_text(encoding="utf-8").splitlines() == ["sku,cents", "TEA-80,450"]
# --8<-- [end:right]
