"""Learner-facing output: colours in a terminal, plain text where colours do not belong."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pexpect
import pytest

REPOSITORY = Path(__file__).resolve().parent.parent
# The `checker` command as learners type it (the console script), where it is installed.
_SCRIPT = Path(sys.executable).with_name("checker")
CHECKER = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "checker"]

STYLE = re.compile(r"\x1b\[([0-9;]*)m")


def _colours(text: str) -> set[int]:
    """The foreground colours that SGR sequences in ``text`` switch on."""
    codes = {int(c) for params in STYLE.findall(text) for c in params.split(";") if c}
    return {c for c in codes if 30 <= c <= 38 or 90 <= c <= 97}


@pytest.fixture
def environment() -> dict[str, str]:
    """A terminal's environment without NO_COLOR, running this repository's checker."""
    return {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPOSITORY), "TERM": "xterm"}


def _in_a_terminal(course: Path, environment: dict[str, str]) -> str:
    child = pexpect.spawn(
        CHECKER[0],
        [*CHECKER[1:], "list"],
        cwd=str(course),
        env=environment,
        encoding="utf-8",
        timeout=30,
    )
    child.expect(pexpect.EOF)
    child.close()
    return str(child.before)


def test_a_terminal_gets_colours(course: Path, environment: dict[str, str]) -> None:
    assert _colours(_in_a_terminal(course, environment))


def test_no_color_takes_the_colours_away_in_a_terminal(
    course: Path, environment: dict[str, str]
) -> None:
    said = _in_a_terminal(course, {**environment, "NO_COLOR": "1"})
    assert "0/3 exercises done" in said
    assert not _colours(said)


def test_a_dumb_terminal_gets_plain_text(course: Path, environment: dict[str, str]) -> None:
    said = _in_a_terminal(course, {**environment, "TERM": "dumb"})
    assert "Chapter 1: Basics" in said and "\x1b" not in said


def test_a_pipe_gets_plain_text_as_in_ci(course: Path, environment: dict[str, str]) -> None:
    result = subprocess.run(
        [*CHECKER, "list"],
        cwd=course,
        env={**environment, "CI": "true"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "Chapter 1: Basics" in result.stdout and "\x1b" not in result.stdout


def test_a_number_and_its_noun_agree() -> None:
    from checker.learner.report import bar, count

    assert [count(n, "planted bug") for n in (0, 1, 2)] == [
        "0 planted bugs",
        "1 planted bug",
        "2 planted bugs",
    ]
    assert bar(0, 1, width=2).endswith("0/1 exercise done")
    assert bar(1, 3, width=3).endswith("1/3 exercises done")


def test_a_suite_of_one_test_is_one_test(run_checker: Callable[..., Any]) -> None:
    said = run_checker("check", "1").stdout
    assert "your 1 test passes on every correct version" in said
    assert "1 tests" not in said and "all 1 of" not in said


def test_verify_counts_one_exercise_as_one(run_checker: Callable[..., Any]) -> None:
    assert "1 of 1 exercise is consistent." in run_checker("verify", "2").stdout
