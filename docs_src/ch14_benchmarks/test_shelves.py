"""pedantic: full control over rounds, and fresh input for each round."""

from __future__ import annotations

import random

from pytest_benchmark.fixture import BenchmarkFixture

from shelves import sort_labels

LABELS = [(aisle, f"SKU-{n:03d}") for aisle in range(1, 9) for n in range(50)]


# --8<-- [start:pedantic]
def test_sorting_the_shelf_labels(benchmark: BenchmarkFixture) -> None:
    made: list[list[tuple[int, str]]] = []

    def shuffled_labels() -> tuple[tuple[list[tuple[int, str]]], dict[str, object]]:
        labels = LABELS.copy()
        random.Random(len(made)).shuffle(labels)
        made.append(labels)
        return (labels,), {}

    benchmark.pedantic(sort_labels, setup=shuffled_labels, rounds=30, warmup_rounds=3)

    assert made[-1] == LABELS
# --8<-- [end:pedantic]
