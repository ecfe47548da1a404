"""Plain pytest in an exercise folder behaves like the checker: same plugins, same rules."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from checker.course.catalogue import Catalogue
from checker.engine.grade import grade

Solve = Callable[[str], None]


def _plain(folder: Path) -> subprocess.CompletedProcess[str]:
    """`python -m pytest` in the folder, as a learner runs it, plugin autoload as installed."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "CHECKER_"))}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider"],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_plain_pytest_loads_no_plugin_the_checker_does_not(
    catalogue: Catalogue, solve: Solve
) -> None:
    solve("01_adding")
    folder = catalogue.exercise(1).path
    (folder / "test_plugins.py").write_text(
        "def test_only_named_plugins(request):\n"
        "    names = {name for name, _ in request.config.pluginmanager.list_name_plugin()}\n"
        "    assert not any(name and name.startswith(('faker', 'hypothesis', 'asyncio',"
        " 'benchmark', 'xdist')) for name in names), names\n"
    )
    assert _plain(folder).returncode == 0
    assert grade(catalogue.exercise(1)).valid


def test_a_fresh_install_shows_no_deprecation_warning_in_an_exercise(
    catalogue: Catalogue, solve: Solve
) -> None:
    solve("01_adding")
    result = _plain(catalogue.exercise(1).path)
    assert result.returncode == 0
    assert "Warning" not in result.stdout + result.stderr


@pytest.mark.parametrize(
    ("setting", "passes"),
    [
        ("filterwarnings =\n    error", True),
        ("asyncio_default_fixture_loop_scope = function", True),
        ("filterwarnings =\n    error\nasyncio_default_fixture_loop_scope = function", False),
    ],
    ids=["filterwarnings error", "an unknown setting warns", "both: refused by both"],
)
def test_a_setting_a_learner_adds_works_or_fails_the_same_in_both(
    catalogue: Catalogue, solve: Solve, setting: str, passes: bool
) -> None:
    solve("01_adding")
    folder = catalogue.exercise(1).path
    ini = folder / "pytest.ini"
    ini.write_text(ini.read_text() + setting + "\n")
    plain = _plain(folder)
    verdict = grade(catalogue.exercise(1))
    assert (plain.returncode == 0) is passes, plain.stdout
    assert verdict.done is passes, verdict.invalid_reasons
    if not passes:
        message = "Unknown config option: asyncio_default_fixture_loop_scope"
        assert message in plain.stdout + plain.stderr
        assert message in "\n".join(verdict.invalid_reasons)
