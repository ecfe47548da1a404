"""Screening learner files before a run: only what stops Python or the checker reading them."""

from __future__ import annotations

import os

import pytest

from checker.course.catalogue import Catalogue
from checker.engine.screen import screen


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


@pytest.mark.parametrize(
    "source",
    [
        "import inspect\nimport asyncio\n\ndef test_is_coroutine():\n"
        "    assert not inspect.iscoroutinefunction(print)\n",
        "from adder import add\n\ndef test_named():\n    assert add(1, 2) == 3, 'adder.py adds'\n",
        "import adder\n\ndef test_module():\n    assert adder.__file__.endswith('adder.py')\n",
        "def pytest_collection_modifyitems(items):\n    items.reverse()\n",
    ],
    ids=["inspect", "file name in a message", "__file__", "a hook (judged at run time)"],
)
def test_nothing_is_refused_for_how_it_is_spelt(catalogue: Catalogue, source: str) -> None:
    _write(catalogue, 1, "test_more.py", source)
    assert screen(catalogue.exercise(1)) == []


def test_a_link_out_of_the_exercise_is_refused_with_its_target(catalogue: Catalogue) -> None:
    folder = catalogue.exercise(1).path
    os.symlink("/etc", folder / "outside")
    [problem] = screen(catalogue.exercise(1))
    assert problem.kind == "link"
    assert "outside is a link to /etc, outside the exercise" in problem.message


def test_a_link_that_loops_is_refused_instead_of_followed(catalogue: Catalogue) -> None:
    folder = catalogue.exercise(1).path
    os.symlink(folder / "round", folder / "round")
    os.symlink(folder, folder / "again")
    problems = screen(catalogue.exercise(1))
    assert [p.file for p in problems] == ["round"] or {p.file for p in problems} == {"round"}
    assert "round in a loop" in problems[0].message


def test_a_link_inside_the_exercise_is_fine(catalogue: Catalogue) -> None:
    folder = catalogue.exercise(1).path
    os.symlink("adder.py", folder / "same_adder.py")
    assert screen(catalogue.exercise(1)) == []
