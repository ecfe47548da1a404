"""Your tests for invoice.py. Run `checker check 24` to see how thorough they are.

A plain `pytest` here runs the benchmarks for real and prints their table; the checker
runs them with --benchmark-disable, once each, and looks only at what they assert.
"""

from __future__ import annotations

from invoice import Line, invoice_total


def test_a_short_invoice_adds_its_lines() -> None:
    assert invoice_total([Line("TEA-80", 450, 2), Line("MILK", 129, 3)]) == 1287


# TODO: a benchmark: `total = benchmark(invoice_total, lines)`, then assert the total.
#       Which invoice is worth timing? One like the shop's biggest customers send.
# TODO: one SKU over several lines, typed in different ways: how many items is that?
# TODO: the edges: an empty invoice, 9 and 10 of one SKU, a negative line.
