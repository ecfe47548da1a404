"""Tests for price_check.py: main() is called like any function, and capsys reads what
it printed. Only the script block under `if __name__ == "__main__":` is left untested,
and it holds nothing but the call to main().
"""

import pytest

from price_check import euros, main


def test_an_amount_is_written_in_euros() -> None:
    assert euros(395) == "€3.95"


@pytest.mark.parametrize(
    ("cents", "written"), [(305, "€3.05"), (5, "€0.05"), (1000, "€10.00")], ids=str
)
def test_cents_always_have_two_digits(cents: int, written: str) -> None:
    assert euros(cents) == written


def test_each_sku_gets_a_line_in_the_order_given(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["TEA-80", "WATER-6X1L", "BREAD"])

    printed = capsys.readouterr()
    assert status == 0
    assert printed.out.splitlines() == ["TEA-80  €3.95", "WATER-6X1L  €3.05", "BREAD  €2.10"]
    assert printed.err == ""


def test_an_sku_is_found_whatever_its_case(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["milk", "Tea-80"]) == 0
    assert capsys.readouterr().out.splitlines() == ["MILK  €1.29", "TEA-80  €3.95"]


@pytest.mark.parametrize(
    "argv",
    [["CAVIAR"], ["CAVIAR", "MILK"], ["MILK", "CAVIAR"], ["CAVIAR", "TRUFFLE", "MILK"]],
    ids=["alone", "first", "last", "two-of-them"],
)
def test_an_unknown_sku_is_reported_and_the_rest_still_printed(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(argv)

    printed = capsys.readouterr()
    assert status == 1
    assert "CAVIAR" in printed.err
    assert "CAVIAR" not in printed.out
    expected = ["MILK  €1.29"] if "MILK" in argv else []
    assert printed.out.splitlines() == expected


def test_no_sku_at_all_gets_the_usage_and_status_2(capsys: pytest.CaptureFixture[str]) -> None:
    status = main([])

    printed = capsys.readouterr()
    assert status == 2
    assert printed.err.strip(), "a usage line on stderr (its words are not promised)"
    assert printed.out == ""
