"""Receipts: a known bug marked xfail, and a test for some systems only."""

import os
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


# --8<-- [start:importorskip]
def test_a_receipt_prints_on_a_till_printer() -> None:
    # Only where the optional printer driver is installed (pip install
    # python-escpos); anywhere else, the test is skipped, with the reason.
    escpos_printer = pytest.importorskip("escpos.printer")
    printer = escpos_printer.Dummy()
    printer.text(euros(1250))
    # The printer's own code page decides how € is sent; the digits are plain.
    assert b"12.50" in printer.output
# --8<-- [end:importorskip]


# --8<-- [start:imperative-skip]
def test_a_receipt_reaches_the_shops_printer() -> None:
    address = os.environ.get("SHOP_PRINTER")
    if not address:
        pytest.skip("no printer to talk to: set SHOP_PRINTER=host:port to run")
    host, _, port = address.partition(":")
    assert host and port.isdigit()
# --8<-- [end:imperative-skip]


# --8<-- [start:indirect]
@pytest.fixture
def saved_receipt(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """A receipt saved in the test's own folder, with the test's lines."""
    path = tmp_path / "receipt.txt"
    save_receipt(path, request.param)
    return path


@pytest.mark.parametrize(
    "saved_receipt",
    [
        pytest.param(["Milk  €1.09"], id="one-line"),
        pytest.param(["Milk  €1.09", "Tea   €3.50"], id="two-lines"),
        pytest.param([], id="no-lines"),
    ],
    indirect=True,
)
def test_a_saved_receipt_ends_with_exactly_one_newline(
    saved_receipt: Path,
) -> None:
    text = saved_receipt.read_text(encoding="utf-8")
    assert text.endswith("\n")
    assert not text.endswith("\n\n")
# --8<-- [end:indirect]
