"""For every level of the suite: give each test the mark of the folder it sits in."""

from __future__ import annotations

from pathlib import Path

import pytest

TESTS = Path(__file__).parent
LEVELS = ("unit", "integration", "e2e")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark tests/unit/... with `unit`, and so on: no test file needs a mark of its own.

    pytest calls this hook once with every collected test, wherever its conftest.py
    sits, so the test's own path decides. pytest's -m selection comes after it.
    """
    for item in items:
        if item.path.is_relative_to(TESTS):
            level = item.path.relative_to(TESTS).parts[0]
            if level in LEVELS:
                item.add_marker(level)
