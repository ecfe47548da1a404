"""A first benchmark: time the receipt of a long basket, and check it."""

from __future__ import annotations

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from receipts import render_receipt


# --8<-- [start:first]
@pytest.fixture
def long_basket() -> list[tuple[str, int, int]]:
    """A big weekly shop: 200 lines, each one BREAD at 250 cents."""
    return [("BREAD", 250, 1)] * 200


def test_a_long_receipt(benchmark: BenchmarkFixture, long_basket: list) -> None:
    receipt = benchmark(render_receipt, long_basket)

    assert receipt.count("\n") == 200
    assert receipt.endswith("€500.00")
# --8<-- [end:first]
