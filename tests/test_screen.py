"""Screening learner files before a run: syntax errors, locked files, refused code."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checker.catalogue import Catalogue
from checker.screen import screen


def _write(catalogue: Catalogue, number: int, name: str, source: str) -> None:
    (catalogue.exercise(number).path / name).write_text(source)


def test_a_clean_exercise_has_no_problems(catalogue: Catalogue) -> None:
    assert screen(catalogue.exercise(1)) == []


def test_a_syntax_error_names_the_file_and_the_line(catalogue: Catalogue) -> None:
    _write(catalogue, 1, "test_adder.py", "def test_ok():\n    assert (1 ==\n")
    [problem] = screen(catalogue.exercise(1))
    assert problem.kind == "syntax"
    assert (problem.file, problem.line) == ("test_adder.py", 2)
    assert "Python cannot read test_adder.py, line 2" in problem.message


def test_a_changed_locked_file_is_refused(catalogue: Catalogue) -> None:
    _write(catalogue, 2, "test_greeting.py", "def test_nothing(): pass\n")
    [problem] = screen(catalogue.exercise(2))
    assert problem.kind == "locked" and "was changed" in problem.message


def test_a_deleted_locked_file_is_refused(catalogue: Catalogue) -> None:
    (catalogue.exercise(2).path / "test_greeting.py").unlink()
    [problem] = screen(catalogue.exercise(2))
    assert "is missing" in problem.message


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("def pytest_collection_modifyitems(items):\n    items.clear()\n", "is a pytest hook"),
        ("pytest_plugins = ['something']\n", "`pytest_plugins` loads plugins"),
        ("import checker\n", "may not import the checker"),
        ("from inspect import getsource\n", "may not use `inspect`"),
        ("import os\nX = os.environ.get('CHECKER_RUNNER')\n", "the checker, its settings"),
        (
            "def test_x(request):\n    request.config.getoption('checker_results')\n",
            "its results",
        ),
        ("TEXT = open('adder.py').read()\n", "may not read adder.py as a file"),
        ("import adder\nWHERE = adder.__file__\n", "may not look at `__file__`"),
    ],
    ids=[
        "hook",
        "plugins",
        "checker",
        "inspect",
        "settings",
        "results file",
        "subject source",
        "file attribute",
    ],
)
def test_code_that_games_the_checker_is_refused_with_a_reason(
    catalogue: Catalogue, source: str, message: str
) -> None:
    _write(catalogue, 1, "conftest.py", source)
    problems = screen(catalogue.exercise(1))
    assert [p.kind for p in problems] == ["refused"]
    assert message in problems[0].message


def test_a_docstring_may_name_the_subject(catalogue: Catalogue) -> None:
    _write(catalogue, 1, "test_more.py", '"""Tests for adder.py."""\n')
    assert screen(catalogue.exercise(1)) == []


def test_fixtures_in_a_learner_conftest_are_allowed(
    catalogue: Catalogue, solve: Callable[[str], None]
) -> None:
    solve("02_greeting")
    assert screen(catalogue.exercise(2)) == []


def test_the_subject_itself_is_not_screened_for_refusals(
    catalogue: Catalogue, course: Path
) -> None:
    subject = catalogue.exercise(1).path / "adder.py"
    subject.write_text(subject.read_text() + "\nWHERE = __file__\n")
    assert screen(catalogue.exercise(1)) == []


@pytest.mark.parametrize(
    "addopts",
    ["-k 'not helper'", "--deselect checks/check_things.py::check_truth", "--ignore=tools"],
    ids=["-k", "--deselect", "--ignore"],
)
def test_a_configure_exercise_refuses_selection_around_its_settings(
    catalogue: Catalogue, addopts: str
) -> None:
    _write(catalogue, 3, "pytest.ini", f"[pytest]\naddopts = {addopts}\n")
    [problem] = screen(catalogue.exercise(3))
    assert problem.kind == "refused" and "pytest.ini, line 2" in problem.message


def test_a_configure_exercise_may_select_by_marker(catalogue: Catalogue) -> None:
    _write(catalogue, 3, "pytest.ini", "[pytest]\naddopts = -m 'not slow' --strict-markers\n")
    assert screen(catalogue.exercise(3)) == []
