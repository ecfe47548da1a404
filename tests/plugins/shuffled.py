"""A pytest plugin of the project's own: run a suite in a shuffled order, from a seed.

It loads only when named (``-p shuffled``, with this folder on ``PYTHONPATH``), so it never
reaches a learner's run. Tests stay grouped as pytest groups them for fixtures: the modules
come in a shuffled order, then the classes of a module, then the tests of a class, so that
module- and class-scoped fixtures are still built once per group. What it finds is the test
that passes only after another one has run.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Hashable

import pytest

OPTION = "--shuffle-seed"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        OPTION,
        type=int,
        default=None,
        help="shuffle the collected tests with this seed (modules, classes, then tests)",
    )


def pytest_report_header(config: pytest.Config) -> str | None:
    seed = config.getoption("shuffle_seed")
    return None if seed is None else f"tests shuffled with {OPTION}={seed}"


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    seed = config.getoption("shuffle_seed")
    if seed is None:
        return
    rng = random.Random(seed)
    shuffled: list[pytest.Item] = []
    for module in _shuffled_groups(items, lambda item: item.path, rng):
        for cls in _shuffled_groups(module, lambda item: getattr(item, "cls", None), rng):
            shuffled += rng.sample(cls, len(cls))
    items[:] = shuffled


def _shuffled_groups(
    items: list[pytest.Item], key: Callable[[pytest.Item], Hashable], rng: random.Random
) -> list[list[pytest.Item]]:
    groups: dict[Hashable, list[pytest.Item]] = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    order = list(groups.values())
    rng.shuffle(order)
    return order
