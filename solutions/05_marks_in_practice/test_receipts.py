"""Tests of receipts, with the marks they need."""

import pytest

from receipts import money, print_receipt, printer_address, receipt_line


def test_money_shows_euros_and_cents() -> None:
    assert money(1250) == "€12.50"


def test_money_pads_the_cents() -> None:
    assert money(705) == "€7.05"


def test_a_receipt_line_is_as_wide_as_the_paper() -> None:
    assert len(receipt_line("Milk", 109)) == 32


# Issue #27 is fixed, so the xfail mark is gone: an "expected failure" that passes
# proves nothing, and this test now guards the fix like any other.
def test_a_receipt_line_ends_with_the_price() -> None:
    assert receipt_line("Milk", 109).endswith("€1.09")


# strict=True: the day someone fixes #31 this test passes, and pytest reports that as a
# failure (XPASS(strict)) so that the mark is removed, instead of a quiet XPASS that
# lets the test go on expecting a bug that is gone.
@pytest.mark.xfail(strict=True, reason="issue #31: long names push the line past the paper")
def test_a_long_name_still_fits_on_the_paper() -> None:
    line = receipt_line("Organic free-range duck eggs, box of 12", 1299)
    assert len(line) == 32
    assert line.endswith("€12.99")


# skipif, not skip: on the till, where a printer is attached, the test runs. The reason
# is what `pytest -ra` prints, so it says what is missing and how to provide it.
@pytest.mark.skipif(
    printer_address() is None,
    reason="no receipt printer attached (set SHOP_RECEIPT_PRINTER to its device path)",
)
def test_a_receipt_reaches_the_printer() -> None:
    assert print_receipt(["Milk" + " " * 23 + "€1.09"]) > 0
