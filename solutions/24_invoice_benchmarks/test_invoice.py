"""Tests for invoice.py: a benchmark on the invoice the shop really sees, which checks
its answer, and small tests for the edges."""

from __future__ import annotations

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from invoice import Line, invoice_total

SKUS = 50
LINES_PER_SKU = 10


@pytest.fixture
def trade_invoice() -> list[Line]:
    """A big customer's invoice: 500 lines, 50 SKUs each on 10 lines of one item at
    99 cents, with each SKU typed three ways, as people type them."""
    spellings = ("SKU-{}", "sku-{}", " Sku-{} ")
    return [
        Line(spellings[i % 3].format(sku), 99, 1)
        for sku in range(SKUS)
        for i in range(LINES_PER_SKU)
    ]


def test_a_trade_invoice_is_priced_right_while_it_is_timed(
    benchmark: BenchmarkFixture, trade_invoice: list[Line]
) -> None:
    # The timed call is the one whose answer is checked: a benchmark that only runs
    # the code would time a wrong answer just as happily.
    total = benchmark(invoice_total, trade_invoice)

    # Each SKU: 10 items (over 10 lines) at 99 cents = 990, less 10% rounded down once
    # for the SKU (99): 891. A discount rounded line by line would take only 9 x 10.
    assert total == SKUS * (990 - 99)


def test_an_empty_invoice_costs_nothing() -> None:
    assert invoice_total([]) == 0


def test_nine_of_a_sku_pay_full_price_and_ten_get_the_discount() -> None:
    assert invoice_total([Line("EGGS", 305, 4), Line("eggs", 305, 5)]) == 9 * 305
    assert invoice_total([Line("EGGS", 305, 4), Line("eggs", 305, 6)]) == 3050 - 305


def test_the_discount_is_rounded_down_to_whole_cents() -> None:
    # 11 at 99 cents: 1089, less 108 (not 108.9)
    assert invoice_total([Line("MILK", 99, 11)]) == 981


@pytest.mark.parametrize(
    "line",
    [Line("MILK", 129, -1), Line("MILK", -129, 1)],
    ids=["negative quantity", "negative price"],
)
def test_a_negative_line_is_refused(line: Line) -> None:
    with pytest.raises(ValueError):
        invoice_total([Line("BREAD", 250, 1), line])
