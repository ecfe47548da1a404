"""Given tests of where things live. Do not change this file."""

from __future__ import annotations

import inspect
from pathlib import Path
from types import ModuleType

import pytest

HERE = Path(__file__).resolve().parent


def conftest_in(folder: Path, config: pytest.Config) -> ModuleType:
    """The conftest.py module pytest loaded from ``folder``."""
    for plugin in config.pluginmanager.get_plugins():
        where = getattr(plugin, "__file__", None)
        if where and Path(where).resolve() == folder / "conftest.py":
            assert isinstance(plugin, ModuleType)
            return plugin
    raise AssertionError(f"pytest loaded no conftest.py from {folder}")


def is_fixture(value: object) -> bool:
    # pytest 8.4 and later wrap a fixture in an object of its own; 8.3 marks the function.
    return type(value).__name__ == "FixtureFunctionDefinition" or hasattr(
        value, "_pytestfixturefunction"
    )


def test_the_top_conftest_holds_fixtures_and_nothing_else(request) -> None:
    conftest = conftest_in(HERE, request.config)
    defined_there = sorted(
        name
        for name, value in vars(conftest).items()
        if (inspect.isfunction(value) or inspect.isclass(value))
        and value.__module__ == conftest.__name__
        and not is_fixture(value)
    )
    assert defined_there == [], "these are not fixtures: move them out of tests/conftest.py"


@pytest.mark.parametrize("name", ["gateway", "flaky_gateway", "declining_gateway"])
def test_the_payment_fixtures_are_not_shared_from_the_top(name: str, request) -> None:
    # The gateway fixtures serve tests/payments/ only, so tests/conftest.py must not offer them.
    with pytest.raises(pytest.FixtureLookupError):
        request.getfixturevalue(name)
