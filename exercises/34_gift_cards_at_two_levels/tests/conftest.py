"""Given, do not change: every test gets the mark of its level from its folder."""

from __future__ import annotations

from pathlib import Path

import pytest

TESTS = Path(__file__).parent
LEVELS = ("unit", "integration")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """tests/unit/... gets @pytest.mark.unit, and so on, without a mark in any file.

    This hook sees every collected test, not only those below this folder: the test's
    path decides its level. pytest's own -m selection runs after this hook.
    """
    for item in items:
        if item.path.is_relative_to(TESTS):
            level = item.path.relative_to(TESTS).parts[0]
            if level in LEVELS:
                item.add_marker(level)
