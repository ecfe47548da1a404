"""Grading against the pristine course and an instructor's hidden versions.

The student's copy may change anything: its subject, locked files, catalogue and grading
files. With --pristine none of that changes the grade; edits are reported by name, and
hidden versions are graded without their names ever reaching a report.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from instructor_helpers import write_extras

RunChecker = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def student(course: Path, tmp_path: Path) -> Path:
    """A student's copy of the course, exercise 1 solved, everything else as shipped."""
    copy = Path(shutil.copytree(course, tmp_path / "student"))
    shutil.copytree(
        copy / "solutions" / "01_adding", copy / "exercises" / "01_adding", dirs_exist_ok=True
    )
    return copy


@pytest.fixture
def cheating(student: Path) -> Path:
    """The student's copy with the subject, a locked file, the catalogue and the planted
    bugs changed so that weaker tests would pass."""
    exercise = student / "exercises" / "01_adding"
    (exercise / "test_adder.py").write_text(
        "from adder import add\n\ndef test_one() -> None:\n    assert add(1, 1) == 2\n"
    )
    (exercise / "adder.py").write_text("def add(a, b):\n    return 2\n")
    locked = student / "exercises" / "02_greeting" / "test_greeting.py"
    locked.write_text("def test_nothing() -> None:\n    pass\n")
    catalogue = student / "exercises" / "catalogue.toml"
    text = catalogue.read_text().replace('constructs = ["raises-match"]\n', "")
    catalogue.write_text(text.replace("coverage = 100\n", ""))
    shutil.rmtree(student / "grading")
    return student


def grade(
    run_checker: RunChecker, submission: Path, *arguments: str, cwd: Path | None = None
) -> tuple[subprocess.CompletedProcess[str], dict]:  # type: ignore[type-arg]
    out = submission.parent / f"out-{submission.name}"
    result = run_checker(
        "grade", "--submission", str(submission), "--out", str(out), *arguments, cwd=cwd
    )
    assert result.returncode == 0, result.stderr
    return result, json.loads((out / "report.json").read_text())


def test_without_pristine_an_edited_subject_cannot_be_graded_from_the_copy_alone(
    cheating: Path, run_checker: RunChecker
) -> None:
    _, report = grade(run_checker, cheating, "1")
    assert report["pristine"] is False
    first = report["exercises"][0]
    assert (first["status"], first["edited"]) == ("not done", ["adder.py"])
    assert "cannot find the course's copy" in first["reason"]


def test_the_pristine_folder_decides_and_edits_are_reported_by_name(
    course: Path, cheating: Path, run_checker: RunChecker
) -> None:
    _, report = grade(run_checker, cheating, "1", "2", "--pristine", str(course))
    assert report["pristine"] is True and str(course) in report["course"]
    first, second = report["exercises"]
    assert first["edited"] == ["adder.py"] and second["edited"] == ["test_greeting.py"]
    assert first["status"] == "not done"
    assert first["verdict"]["bugs_checked"] and first["verdict"]["bugs_caught"] < 4
    assert "You changed adder.py" in first["reason"]
    assert second["status"] == "not done"
    assert "fixture 'greeting' not found" in second["reason"]


def test_a_pristine_git_ref_decides_like_the_pristine_folder(
    shipped: Path, cheating: Path, run_checker: RunChecker, course: Path
) -> None:
    _, by_ref = grade(run_checker, cheating, "1", "--pristine", "HEAD", cwd=shipped)
    assert by_ref["course"].startswith("git HEAD (commit ")
    shutil.rmtree(cheating.parent / f"out-{cheating.name}")
    _, by_folder = grade(run_checker, cheating, "1", "--pristine", str(course))
    assert by_ref["exercises"][0]["verdict"]["bugs"] == by_folder["exercises"][0]["verdict"]["bugs"]


def test_a_solved_copy_stays_done_against_the_pristine_course(
    course: Path, student: Path, run_checker: RunChecker
) -> None:
    _, report = grade(run_checker, student, "1", "--pristine", str(course))
    assert report["exercises"][0]["status"] == "done"
    assert report["exercises"][0]["edited"] == []


def test_hidden_versions_are_graded_and_never_named(
    course: Path, student: Path, run_checker: RunChecker, tmp_path: Path
) -> None:
    extras = write_extras(course, tmp_path / "hidden")
    result, report = grade(
        run_checker, student, "1", "--pristine", str(course), "--extra", str(extras)
    )
    first = report["exercises"][0]
    bugs = first["verdict"]["bugs"]
    assert [b["name"] for b in bugs if b["hidden"]] == ["hidden_bug_1", "hidden_bug_2"]
    hidden = {b["name"]: b for b in bugs if b["hidden"]}
    assert hidden["hidden_bug_1"]["caught"] and not hidden["hidden_bug_2"]["caught"]
    assert first["status"] == "not done"
    assert "- A hidden planted bug escaped.\n" in first["reason"] + "\n"
    assert "Hint:" not in first["reason"].split("A hidden planted bug escaped.")[1]
    assert first["verdict"]["valid"]  # the hidden correct version passes the suite
    out = student.parent / f"out-{student.name}"
    for path in [*out.iterdir()]:
        text = path.read_text()
        for secret in ("secret_multiplies", "secret_refuses_zero", "via_sum"):
            assert secret not in text, (path.name, secret)
    assert "secret" not in result.stdout


def test_a_hidden_bugs_hint_is_shown_when_it_escapes(
    course: Path, student: Path, run_checker: RunChecker, tmp_path: Path
) -> None:
    extras = write_extras(course, tmp_path / "hidden")
    (extras / "hints.toml").write_text(
        '["01_adding"]\nsecret_refuses_zero = "Zero: is it a whole number too?"\n'
    )
    _, report = grade(run_checker, student, "1", "--pristine", str(course), "--extra", str(extras))
    assert (
        "A hidden planted bug escaped. Hint: Zero: is it a whole number too?"
        in (report["exercises"][0]["reason"])
    )


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ("unknown folder", "09_nothing is not an exercise of the course"),
        ("not write-tests", "only write-tests exercises have"),
        ("unknown hint", "gives hints for nothing_like_it"),
        ("patch that does not apply", "does not apply"),
    ],
)
def test_hidden_versions_the_grader_cannot_use_stop_grading_with_the_reason(
    course: Path, student: Path, run_checker: RunChecker, tmp_path: Path, change: str, reason: str
) -> None:
    extras = write_extras(course, tmp_path / "hidden")
    if change == "unknown folder":
        (extras / "09_nothing").mkdir()
    elif change == "not write-tests":
        (extras / "02_greeting" / "bugs").mkdir(parents=True)
    elif change == "unknown hint":
        (extras / "hints.toml").write_text('["01_adding"]\nnothing_like_it = "?"\n')
    else:
        (extras / "01_adding" / "bugs" / "broken.patch").write_text(
            "--- a/adder.py\n+++ b/adder.py\n@@ -1,1 +1,1 @@\n-no such line\n+x\n"
        )
    result = run_checker(
        "grade", "--submission", str(student), "--pristine", str(course), "--extra", str(extras)
    )
    assert result.returncode == 2
    assert reason in result.stderr
