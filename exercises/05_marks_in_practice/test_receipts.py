"""Tests of receipts. This file is yours: some of its tests need a mark (see the TODOs)."""

import pytest

from receipts import money, print_receipt, printer_address, receipt_line


def test_money_shows_euros_and_cents() -> None:
    assert money(1250) == "€12.50"


def test_money_pads_the_cents() -> None:
    assert money(705) == "€7.05"


def test_a_receipt_line_is_as_wide_as_the_paper() -> None:
    assert len(receipt_line("Milk", 109)) == 32


# TODO: issue #27 was fixed last week: receipts show the euro sign now. This mark is out
#       of date, and pytest only says so in a quiet "XPASS". What should become of it?
@pytest.mark.xfail(reason="issue #27: receipts print no euro sign")
def test_a_receipt_line_ends_with_the_price() -> None:
    assert receipt_line("Milk", 109).endswith("€1.09")


# TODO: this is issue #31, a known bug that nobody has fixed yet. Mark the test so that
#       the suite expects it to fail, gives the reason, and stops expecting it (loudly)
#       the day the bug is fixed.
def test_a_long_name_still_fits_on_the_paper() -> None:
    line = receipt_line("Organic free-range duck eggs, box of 12", 1299)
    assert len(line) == 32
    assert line.endswith("€12.99")


# TODO: this test needs a receipt printer, and most machines have none. Skip it, with a
#       reason, exactly when printer_address() finds no printer.
def test_a_receipt_reaches_the_printer() -> None:
    assert print_receipt(["Milk" + " " * 23 + "€1.09"]) > 0
