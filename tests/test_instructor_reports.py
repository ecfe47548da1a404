"""The report formats on their own, from a made-up grade: sizes, odd text, the schema."""

from __future__ import annotations

import json

from instructor_helpers import junit_problems

from checker.instructor import gradebook, gradescope, jsonreport, junit, summary
from checker.instructor.grading import ExerciseGrade, SubmissionGrade


def made_up(reason: str, exercises: int = 3) -> SubmissionGrade:
    grade = SubmissionGrade(
        name="ada",
        path="/class/ada",
        course="git v1 (commit 0123456789ab)",
        pristine=True,
        isolation={"network": "isolated: a network namespace of its own (loopback only)"},
        started="2026-01-01T00:00:00+00:00",
        seconds=1234.5678,
    )
    for number in range(1, exercises + 1):
        done = number == 1
        grade.exercises.append(
            ExerciseGrade(
                number, f"{number:02d}_x", f"Title {number}", "write-tests", 2.5,
                2.5 if done else 0.0, "done" if done else "not done",
                "Done." if done else reason, 0.25,
            )
        )  # fmt: skip
    return grade


def test_the_summary_stays_under_a_megabyte_however_long_the_reasons() -> None:
    text = summary.document(made_up("x" * 50_000, exercises=400))
    assert len(text.encode()) < summary.LIMIT
    assert "The other exercises' reasons are in the JSON report." in text
    assert "## ada: 2.5 of 1000 points (0%)" in text


def test_a_reason_with_backticks_and_control_characters_stays_readable_everywhere() -> None:
    grade = made_up("```\nbroken fence \x1b[31mred\x1b[0m and \x00 nul | pipe")
    assert junit_problems(junit.document(grade)) == []
    text = summary.document(grade)
    assert "````text\n```\nbroken fence" in text
    assert json.loads(jsonreport.document(grade))["exercises"][1]["reason"].startswith("```")


def test_junit_times_keep_to_the_schemas_pattern() -> None:
    document = junit.document(made_up("not yet"))
    assert b'time="1234.568"' in document and junit_problems(document) == []


def test_the_junit_check_notices_what_the_schema_forbids() -> None:
    bad = (
        b'<testsuites><testsuite tests="1" failures="0" errors="0" time="1.23456">'
        b"<testcase><error/></testcase></testsuite></testsuites>"
    )
    assert junit_problems(bad) == [
        "<testsuite> lacks name=",
        "<testsuite> time='1.23456' is not a SUREFIRE_TIME",
        "<testcase> lacks name=",
        "<testcase> may not hold <error>",
    ]


def test_gradescope_scores_add_up_to_the_total() -> None:
    results = gradescope.data(made_up("not yet"))
    assert results["score"] == sum(t["score"] for t in results["tests"]) == 2.5
    assert {t["status"] for t in results["tests"]} == {"passed", "failed"}


def test_a_submission_named_like_a_formula_is_not_one_in_the_csv() -> None:
    from checker.course.catalogue import Catalogue

    row = gradebook.Row("=HYPERLINK(1)", "graded", 1, 2, {}, 3.0)
    text = gradebook.document([row], Catalogue(root=None, chapters=(), exercises=()), [])  # type: ignore[arg-type]
    assert text.splitlines()[1].startswith("'=HYPERLINK(1),graded,1,2,50.0,3.0")
