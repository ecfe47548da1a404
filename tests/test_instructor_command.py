"""`checker grade` on one copy of the course: points, reports, exit status."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest
from instructor_helpers import junit_problems

RunChecker = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def graded(
    course: Path, solve: Callable[[str], None], run_checker: RunChecker
) -> tuple[subprocess.CompletedProcess[str], Path]:
    """The fixture course with exercise 1 solved, graded with its reports in out/."""
    solve("01_adding")
    out = course.parent / "out"
    return run_checker("grade", "--out", str(out)), out


def test_grading_completes_with_exit_0_whatever_the_score(
    graded: tuple[subprocess.CompletedProcess[str], Path],
) -> None:
    result, out = graded
    assert result.returncode == 0, result.stderr
    assert "1 of 3 points" in result.stdout
    assert sorted(p.name for p in out.iterdir()) == [
        "junit.xml",
        "report.json",
        "results.json",
        "summary.md",
    ]


def test_the_json_report_has_a_format_version_and_every_part_of_each_verdict(
    graded: tuple[subprocess.CompletedProcess[str], Path],
) -> None:
    report = json.loads((graded[1] / "report.json").read_text())
    assert (report["format"], report["version"]) == ("checker-grade-report", 1)
    assert (report["score"], report["max_score"], report["completed"]) == (1.0, 3.0, True)
    assert set(report["isolation"]) == {"limits", "network", "user"}
    first = report["exercises"][0]
    assert (first["status"], first["points"], first["max_points"]) == ("done", 1.0, 1.0)
    verdict = first["verdict"]
    for part in ("valid", "bugs", "constructs_missing", "coverage", "tests", "thorough"):
        assert part in verdict
    assert verdict["bugs_caught"] == 4 and not any(b["hidden"] for b in verdict["bugs"])
    assert [e["status"] for e in report["exercises"]] == ["done", "not done", "not done"]


def test_the_junit_xml_has_one_testcase_per_exercise_and_keeps_to_junit_10(
    graded: tuple[subprocess.CompletedProcess[str], Path],
) -> None:
    document = (graded[1] / "junit.xml").read_bytes()
    assert junit_problems(document) == []
    cases = ET.fromstring(document).findall("./testsuite/testcase")
    assert [c.get("name") for c in cases] == [
        "Exercise 1: Test the adder",
        "Exercise 2: A fixture",
        "Exercise 3: Collect the checks",
    ]
    assert cases[0].find("failure") is None
    failure = cases[1].find("failure")
    assert failure is not None and failure.get("type") == "not-done"
    assert "fixture 'greeting' not found" in (failure.text or "")


def test_gradescope_gets_the_score_and_one_test_per_exercise(
    graded: tuple[subprocess.CompletedProcess[str], Path],
) -> None:
    results = json.loads((graded[1] / "results.json").read_text())
    assert results["score"] == 1.0
    assert [(t["name"], t["score"], t["max_score"]) for t in results["tests"]] == [
        ("Exercise 1: Test the adder", 1.0, 1.0),
        ("Exercise 2: A fixture", 0.0, 1.0),
        ("Exercise 3: Collect the checks", 0.0, 1.0),
    ]
    assert all(isinstance(t["output"], str) and t["output"] for t in results["tests"])


def test_the_summary_goes_to_the_job_summary_when_github_sets_one(course: Path) -> None:
    summary = course.parent / "step-summary.md"
    summary.write_text("earlier step\n")
    result = subprocess.run(
        [str(Path(sys.executable).with_name("checker")), "grade", "1", "--out", "../out"],
        cwd=course,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1", "GITHUB_STEP_SUMMARY": str(summary)},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    text = summary.read_text()
    assert text.startswith("earlier step\n## course: 0 of 1 points")
    assert "Exercise 1: Test the adder" in text


@pytest.mark.parametrize(
    ("minimum", "code"), [("1", 0), ("33%", 0), ("2", 1), ("100%", 1)], ids=str
)
def test_min_score_turns_a_low_score_into_exit_1(
    course: Path, solve: Callable[[str], None], run_checker: RunChecker, minimum: str, code: int
) -> None:
    solve("01_adding")
    result = run_checker("grade", "--min-score", minimum, "--out", str(course.parent / "o"))
    assert result.returncode == code, result.stderr


@pytest.mark.parametrize(
    ("arguments", "reason"),
    [
        (["7"], "there is no exercise 7"),
        (["--extra", "hidden"], "--extra needs --pristine"),
        (["--pristine", "no-such-ref"], "no such folder, and no such commit"),
        (["--min-score", "lots"], "give points (7.5) or a percentage"),
        (["--submission", "/"], "is not a copy of the course"),
    ],
    ids=["unknown exercise", "extra alone", "unknown pristine", "bad minimum", "not a course"],
)
def test_what_cannot_be_graded_exits_2_with_the_reason(
    course: Path, run_checker: RunChecker, arguments: list[str], reason: str
) -> None:
    result = run_checker("grade", *arguments)
    assert result.returncode == 2
    assert reason in result.stderr
