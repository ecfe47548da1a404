"""The stock report's benchmarks: on a warehouse-sized list of SKUs, timed, and checked.

They take seconds, not milliseconds, so they belong in the nightly performance job, not
in the run after every change.
"""

from __future__ import annotations

import pytest
from pytest_benchmark.fixture import BenchmarkFixture

from stock_report import restock_order, running_low

# A warehouse's worth: 6000 SKUs with 0 to 9 items left, as many of each count.
LEVELS = {f"SKU-{n:05d}": n % 10 for n in range(6000)}

pytestmark = pytest.mark.benchmark(group="evening stock report")


def test_finding_what_runs_low(benchmark: BenchmarkFixture) -> None:
    low = benchmark(running_low, LEVELS)

    assert len(low) == 2400  # 0, 1, 2 or 3 left: four in ten
    assert low == sorted(low)


def test_working_out_the_restock_order(benchmark: BenchmarkFixture) -> None:
    order = benchmark(restock_order, LEVELS, target=12)

    assert len(order) == 6000
    assert order["SKU-00001"] == 11
