"""What not to do: benchmarks that time the wrong thing, or prove nothing.

Not a test file (pytest does not collect demo_*.py): the chapter shows it as a warning.
"""

from __future__ import annotations

from pytest_benchmark.fixture import BenchmarkFixture

from receipts import render_receipt
from shelves import sort_labels

LABELS = [(aisle, f"SKU-{n:03d}") for aisle in range(8, 0, -1) for n in range(50)]


# --8<-- [start:dishonest]
def test_nothing_checked(benchmark: BenchmarkFixture) -> None:
    # Times the receipt, and would time a wrong one just as happily.
    benchmark(render_receipt, [("BREAD", 250, 1)] * 200)


def test_only_the_first_round_sorts(benchmark: BenchmarkFixture) -> None:
    labels = LABELS.copy()
    # Round 1 sorts; every later round "sorts" a list that is already in order.
    benchmark(sort_labels, labels)


def test_the_wrong_thing_timed(benchmark: BenchmarkFixture) -> None:
    # The basket is built inside the timed function: the numbers are mostly list-making.
    benchmark(lambda: render_receipt([("BREAD", 250, 1)] * 200))


def test_nothing_left_to_do(benchmark: BenchmarkFixture) -> None:
    receipt = render_receipt([("BREAD", 250, 1)] * 200)
    # Times len() of a string that was made before the clock started.
    benchmark(len, receipt)
# --8<-- [end:dishonest]
