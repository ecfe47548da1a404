"""Receipts: a known bug marked xfail, and a test for some systems only."""

import stat
import sys
from pathlib import Path

import pytest

from receipts import euros, save_receipt


@pytest.mark.smoke
def test_euros_and_cents() -> None:
    assert euros(1250) == "€12.50"


# --8<-- [start:xfail]
@pytest.mark.xfail(strict=True, reason="issue #14: refunds print as €-2.05")
def test_a_refund_has_its_minus_sign_in_front() -> None:
    assert euros(-195) == "-€1.95"
# --8<-- [end:xfail]


# --8<-- [start:skipif]
@pytest.mark.skipif(
    sys.platform == "win32", reason="Windows has no owner-only file mode"
)
def test_a_saved_receipt_is_private(tmp_path: Path) -> None:
    receipt = tmp_path / "receipt-0042.txt"
    save_receipt(receipt, ["Milk  €1.09"])
    assert stat.S_IMODE(receipt.stat().st_mode) == 0o600
# --8<-- [end:skipif]
