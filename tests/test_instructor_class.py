"""A class at once: every copy in a folder graded side by side, each in a process of its
own, with the same verdicts as grading each alone, and a CSV of grades."""

from __future__ import annotations

import csv
import json
import os
import shutil
import stat
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

RunChecker = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def submissions(course: Path, tmp_path: Path) -> Path:
    """Three students: one solved exercises 1 and 2, one handed in the course as shipped,
    one solved exercise 1 and then broke its subject."""
    folder = tmp_path / "class"
    folder.mkdir()
    for name in ("ada", "bob", "cy"):
        shutil.copytree(course, folder / name)
    for name, solved in (("ada", ["01_adding", "02_greeting"]), ("cy", ["01_adding"])):
        for exercise in solved:
            shutil.copytree(
                course / "solutions" / exercise,
                folder / name / "exercises" / exercise,
                dirs_exist_ok=True,
            )
    (folder / "cy" / "exercises" / "01_adding" / "adder.py").write_text("def add(a, b): return 0\n")
    os.chmod(folder, 0o755)
    return folder


@pytest.fixture
def graded_class(
    course: Path, submissions: Path, run_checker: RunChecker, tmp_path: Path
) -> tuple[subprocess.CompletedProcess[str], Path]:
    out = tmp_path / "class-out"
    result = run_checker(
        "grade", "1", "2", "--class", str(submissions), "--pristine", str(course),
        "--workers", "2", "--out", str(out),
    )  # fmt: skip
    return result, out


def test_every_submission_gets_a_row_of_points_in_the_csv(
    graded_class: tuple[subprocess.CompletedProcess[str], Path],
) -> None:
    result, out = graded_class
    assert result.returncode == 0, result.stderr
    with (out / "grades.csv").open() as file:
        rows = list(csv.DictReader(file))
    assert [(r["submission"], r["status"], r["score"], r["max_score"]) for r in rows] == [
        ("ada", "graded", "2", "2"),
        ("bob", "graded", "0", "2"),
        ("cy", "graded", "1", "2"),
    ]
    assert [(r["01_adding"], r["02_greeting"]) for r in rows] == [
        ("1", "1"),
        ("0", "0"),
        ("1", "0"),
    ]
    assert "3 of 3 submissions graded" in result.stdout


def test_each_submission_gets_its_own_reports_and_the_class_a_summary(
    graded_class: tuple[subprocess.CompletedProcess[str], Path],
) -> None:
    out = graded_class[1]
    for name in ("ada", "bob", "cy"):
        assert {p.name for p in (out / name).iterdir()} == {
            "junit.xml", "report.json", "results.json", "summary.md",
        }  # fmt: skip
    cy = json.loads((out / "cy" / "report.json").read_text())
    assert cy["exercises"][0]["edited"] == ["adder.py"]
    assert "| cy | 1 / 2 | graded |" in (out / "summary.md").read_text()


def test_the_class_gets_the_same_verdicts_as_each_copy_graded_alone(
    course: Path,
    submissions: Path,
    graded_class: tuple[subprocess.CompletedProcess[str], Path],
    run_checker: RunChecker,
    tmp_path: Path,
) -> None:
    for name in ("ada", "bob", "cy"):
        alone = tmp_path / f"alone-{name}"
        result = run_checker(
            "grade", "1", "2", "--submission", str(submissions / name),
            "--pristine", str(course), "--out", str(alone),
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        together = json.loads((graded_class[1] / name / "report.json").read_text())
        single = json.loads((alone / "report.json").read_text())
        for a, b in zip(together["exercises"], single["exercises"], strict=True):
            assert (a["status"], a["points"], a["reason"]) == (
                b["status"],
                b["points"],
                b["reason"],
            )
            assert a["verdict"]["bugs"] == b["verdict"]["bugs"]


@pytest.mark.skipif(os.geteuid() != 0, reason="only root hands runs to users of their own")
def test_as_root_the_class_folder_is_closed_to_the_users_runs_become(
    graded_class: tuple[subprocess.CompletedProcess[str], Path], submissions: Path
) -> None:
    assert stat.S_IMODE(submissions.stat().st_mode) & 0o007 == 0
    assert "was open to other users" in graded_class[0].stdout


def test_a_class_is_graded_against_the_pristine_course_only(
    submissions: Path, run_checker: RunChecker
) -> None:
    result = run_checker("grade", "--class", str(submissions))
    assert result.returncode == 2
    assert "--class needs --pristine" in result.stderr
