"""Tests of shop/receipts.py, measured with the settings of pyproject.toml."""

import pytest

from shop.receipts import Printer, euros, print_receipt, receipt


@pytest.mark.parametrize(
    ("cents", "written"),
    [(1250, "€12.50"), (5, "€0.05"), (-195, "-€1.95")],
    ids=["euros-and-cents", "cents-only", "refund"],
)
def test_an_amount_is_written_in_euros(cents: int, written: str) -> None:
    assert euros(cents) == written


def test_a_receipt_ends_with_its_total() -> None:
    text = receipt([("TEA-80", 395), ("MILK", 129)])

    assert text.splitlines()[-1].split() == ["TOTAL", "€5.24"]


def test_a_receipt_needs_a_line() -> None:
    with pytest.raises(ValueError, match="at least one line"):
        receipt([])


class PaperRoll(Printer):
    """A printer that keeps what it was sent."""

    def __init__(self) -> None:
        self.printed: list[str] = []

    def send(self, text: str) -> None:
        self.printed.append(text)


def test_a_receipt_goes_to_the_printer() -> None:
    roll = PaperRoll()

    print_receipt(roll, [("BREAD", 210)])

    assert roll.printed == [receipt([("BREAD", 210)])]
