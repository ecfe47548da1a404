"""For every level: mark each test with the level of the folder it sits in."""

from __future__ import annotations

from pathlib import Path

import pytest

# --8<-- [start:levels]
TESTS = Path(__file__).parent
LEVELS = ("unit", "integration", "e2e")


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
# --8<-- [end:levels]
