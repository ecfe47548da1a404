"""The benchmark exercises' verdicts do not depend on the machine's speed.

Chapter 14's exercises grade benchmarks. The checker runs them with
``--benchmark-disable`` (each benchmarked call runs once) and their planted bugs are
wrong answers, never slowness, so a machine whose cores are all busy must give exactly
the verdict an idle one gives: for a solution, and for a weak attempt.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from checker.course import exercise as files
from checker.course.catalogue import load
from checker.engine.grade import Verdict, grade

pytestmark = pytest.mark.slow

REPOSITORY = Path(__file__).resolve().parent.parent
EXERCISE = load(REPOSITORY).exercise(24)
# Benchmarks a short invoice and checks it: valid, but it misses every bug that only a
# realistic invoice shows, and its benchmark catches nothing.
WEAK_ATTEMPT = """\
import pytest
from invoice import Line, invoice_total


def test_a_short_invoice_timed(benchmark):
    assert benchmark(invoice_total, [Line("TEA-80", 450, 2), Line("MILK", 99, 11)]) == 1881


def test_a_negative_quantity_is_refused():
    with pytest.raises(ValueError):
        invoice_total([Line("MILK", 99, -1)])
"""


@pytest.fixture
def attempts(tmp_path: Path) -> dict[str, Path]:
    """Exercise 24 solved, and exercise 24 with a weak attempt, each in its own copy."""
    solved = files.copy(EXERCISE.path, tmp_path / "solved" / EXERCISE.folder)
    files.overlay(EXERCISE.solution_path, solved)
    weak = files.copy(EXERCISE.path, tmp_path / "weak" / EXERCISE.folder)
    (weak / "test_invoice.py").write_text(WEAK_ATTEMPT, encoding="utf-8")
    return {"solution": solved, "weak attempt": weak}


@contextmanager
def every_core_busy() -> Iterator[None]:
    """One process spinning on each core this process may use (two at least)."""
    cores = max(2, min(len(os.sched_getaffinity(0)), 8))
    spinners = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(cores)]
    try:
        yield
    finally:
        for spinner in spinners:
            spinner.kill()
            spinner.wait()


def outline(verdict: Verdict) -> tuple[object, ...]:
    """What a learner is told: done or not, valid or why not, which bug each test caught,
    which constructs are missing."""
    return (
        verdict.done,
        verdict.valid,
        verdict.invalid_reasons,
        sorted((t.nodeid, t.outcome) for t in verdict.tests),
        [(bug.name, bug.caught, sorted(bug.caught_by), bug.timed_out) for bug in verdict.bugs],
        verdict.constructs_missing,
    )


def test_a_busy_machine_gives_the_verdicts_an_idle_one_gives(attempts: dict[str, Path]) -> None:
    quiet = {name: outline(grade(EXERCISE, folder)) for name, folder in attempts.items()}
    with every_core_busy():
        busy = {name: outline(grade(EXERCISE, folder)) for name, folder in attempts.items()}

    assert busy == quiet
    assert quiet["solution"][0] is True
    assert quiet["weak attempt"][:2] == (False, True)
    assert quiet["weak attempt"][-1] == ["benchmark"]
