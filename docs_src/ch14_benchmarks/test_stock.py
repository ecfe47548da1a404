"""Two ways to answer one question, compared in one group."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from stock import in_stock_list, in_stock_set

SKUS = [f"SKU-{n:05d}" for n in range(5000)]


# --8<-- [start:group]
@pytest.mark.benchmark(group="is it in stock?")
@pytest.mark.parametrize(
    ("ask", "skus"),
    [(in_stock_list, SKUS), (in_stock_set, frozenset(SKUS))],
    ids=["list", "set"],
)
def test_a_sku_near_the_end(
    benchmark: BenchmarkFixture, ask: Callable[..., bool], skus: object
) -> None:
    assert benchmark(ask, skus, "SKU-04990") is True
# --8<-- [end:group]
