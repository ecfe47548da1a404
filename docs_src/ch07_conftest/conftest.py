"""The project's local plugin. A conftest.py is a plugin that pytest loads by itself: beside
fixtures, it can implement pytest's hooks. This one sits at the rootdir, the only place
where `pytest_plugins` may be declared, and where hooks that add options must live so
that pytest has read it before it parses the command line."""

from __future__ import annotations

import pytest

# --8<-- [start:plugins]
# Modules of fixtures that every folder may use, loaded as plugins.
pytest_plugins = ["tests.customers"]
# --8<-- [end:plugins]


# --8<-- [start:hooks]
def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--run-slow",
        action="store_true",
        help="also run the tests marked slow (they are skipped without it)",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--run-slow"):
        return
    skip_slow = pytest.mark.skip(reason="slow: run with --run-slow")
    for item in items:
        if item.get_closest_marker("slow"):
            item.add_marker(skip_slow)
# --8<-- [end:hooks]
