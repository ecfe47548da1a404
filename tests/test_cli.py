"""The checker's command line, run as a learner runs it: in a subprocess, in the course."""

from __future__ import annotations

import difflib
import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from checker.course.catalogue import Catalogue

Solve = Callable[[str], None]
RunChecker = Callable[..., subprocess.CompletedProcess[str]]
Git = Callable[..., str]


def test_list_shows_every_exercise_with_its_state_and_a_progress_bar(
    run_checker: RunChecker,
) -> None:
    result = run_checker("list")
    assert result.returncode == 0
    assert "Chapter 1: Basics" in result.stdout
    assert "➜   1  Test the adder  · not started" in result.stdout
    assert "0/3 exercises done" in result.stdout


def test_check_exits_zero_exactly_when_the_exercise_is_done(
    run_checker: RunChecker, solve: Solve
) -> None:
    assert run_checker("check", "2").returncode == 1
    solve("02_greeting")
    result = run_checker("check", "2")
    assert result.returncode == 0
    assert "✓ Exercise 2 is done." in result.stdout


def test_a_done_exercise_shows_as_done_in_the_list(run_checker: RunChecker, solve: Solve) -> None:
    solve("02_greeting")
    run_checker("check", "2")
    assert "2  A fixture  ✓ done" in run_checker("list").stdout


def test_a_done_exercise_whose_files_change_is_pending_again(
    run_checker: RunChecker, solve: Solve, course: Path
) -> None:
    solve("02_greeting")
    run_checker("check", "2")
    with (course / "exercises" / "02_greeting" / "conftest.py").open("a") as file:
        file.write("\n# changed after the check\n")
    assert "2  A fixture  … pending" in run_checker("list").stdout


def test_check_tells_what_failed_and_what_to_do_next(run_checker: RunChecker) -> None:
    result = run_checker("check", "1")
    assert "✓ Valid: your 1 test passes on every correct version." in result.stdout
    assert "Your tests caught" in result.stdout and "Hint:" in result.stdout
    assert "Next: add a test for the behaviour each escaped bug gets wrong" in result.stdout


def test_check_json_carries_every_part_of_the_verdict(run_checker: RunChecker) -> None:
    result = run_checker("check", "1", "--json")
    data = json.loads(result.stdout)
    assert result.returncode == 1
    assert {"valid", "thorough", "bugs", "bugs_caught", "constructs_missing", "coverage"} <= set(
        data
    )
    assert [bug["name"] for bug in data["bugs"]] == [
        "subtracts",
        "absolute",
        "accepts_strings",
        "wrong_error",
    ]


def test_bare_checker_shows_progress_then_checks_the_first_exercise_not_done(
    run_checker: RunChecker,
) -> None:
    result = run_checker()
    assert result.returncode == 0
    assert result.stdout.index("exercises done") < result.stdout.index("Checking exercise 1")


def test_the_progress_file_is_written_at_the_course_root(
    run_checker: RunChecker, course: Path
) -> None:
    run_checker("check", "3")
    data = json.loads((course / "progress.json").read_text())
    assert data["exercises"]["03_collecting"]["status"] == "pending"


def test_hints_come_one_more_each_time(run_checker: RunChecker) -> None:
    first = run_checker("hint", "1").stdout
    second = run_checker("hint", "1").stdout
    assert "Hint 1 of 2: Think about negative numbers." in first and "Hint 2" not in first
    assert "Hint 2 of 2: And about strings." in second


def test_verify_proves_the_fixture_course_consistent(run_checker: RunChecker) -> None:
    result = run_checker("verify")
    assert result.returncode == 0, result.stdout
    assert "3 of 3 exercises are consistent." in result.stdout


def test_verify_fails_when_a_solution_no_longer_solves(
    run_checker: RunChecker, course: Path
) -> None:
    (course / "solutions" / "02_greeting" / "conftest.py").write_text("# lost\n")
    result = run_checker("verify", "2")
    assert result.returncode == 1
    assert "the solution is not valid" in result.stdout


def test_verify_fails_when_a_planted_bug_escapes_the_solution(
    run_checker: RunChecker, course: Path
) -> None:
    subject = (course / "exercises" / "01_adding" / "adder.py").read_text().splitlines(True)
    harmless = [*subject, "# A comment changes no behaviour.\n"]
    bug = course / "grading" / "01_adding" / "bugs" / "absolute.patch"
    bug.write_text("".join(difflib.unified_diff(subject, harmless, "a/adder.py", "b/adder.py")))
    result = run_checker("verify", "1")
    assert result.returncode == 1
    assert "planted bug absolute escapes the solution's tests" in result.stdout


def test_verify_names_a_planted_bug_that_no_longer_fits_the_subject(
    run_checker: RunChecker, course: Path
) -> None:
    subject = course / "exercises" / "01_adding" / "adder.py"
    subject.write_text(subject.read_text().replace("return a + b", "return b + a"))
    result = run_checker("verify", "1")
    assert result.returncode == 1
    assert "planted bug subtracts: the hunk at line" in result.stdout


def _unchanged(course: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for p in (course / "exercises").rglob("*") if p.is_file()}


@pytest.mark.parametrize(
    ("args", "progress", "message"),
    [
        (("check", "9"), None, "There is no exercise 9: the course's exercises are 1 to 3."),
        (("list",), "{not json", "is not valid JSON (line 1, column 2)"),
        (("check", "1"), '{"format": "another-tool", "version": 1}', "is not a progress file"),
        ((), '{"format": "pytest-course-progress", "version": 7}', "has version 7"),
    ],
    ids=["missing exercise", "corrupt progress", "foreign progress", "future progress"],
)
def test_bad_input_gets_one_clear_paragraph_and_exit_code_2(
    run_checker: RunChecker, course: Path, args: tuple[str, ...], progress: str | None, message: str
) -> None:
    if progress is not None:
        (course / "progress.json").write_text(progress)
    before = _unchanged(course)
    result = run_checker(*args)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert _unchanged(course) == before


def test_a_missing_exercise_folder_says_how_to_restore_it(
    run_checker: RunChecker, course: Path
) -> None:
    (course / "exercises" / "03_collecting" / "pytest.ini").unlink()
    (course / "exercises" / "03_collecting" / "README.md").unlink()
    (course / "exercises" / "03_collecting" / "checks" / "check_things.py").unlink()
    (course / "exercises" / "03_collecting" / "checks").rmdir()
    (course / "exercises" / "03_collecting").rmdir()
    result = run_checker("check", "3")
    assert result.returncode == 2
    assert "git checkout -- exercises/03_collecting" in result.stderr


def test_outside_a_course_the_checker_says_where_to_run_it(
    run_checker: RunChecker, tmp_path: Path
) -> None:
    result = run_checker("list", cwd=tmp_path)
    assert result.returncode == 2
    assert "not inside the course" in result.stderr


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("def test_broken(:\n", "Python cannot read test_adder.py, line 1"),
        ("import os\ndef test_leaves():\n    os._exit(0)\n", "ended before pytest finished"),
        ("import sys\ndef test_exits():\n    sys.exit(0)\n", "SystemExit"),
        ("def test_spins():\n    while True:\n        pass\n", "was stopped while running"),
        ("import no_such_thing\n", "No module named 'no_such_thing'"),
    ],
    ids=["syntax error", "os._exit", "sys.exit", "endless loop", "import error"],
)
def test_a_broken_learner_file_is_explained_and_left_as_it_was(
    run_checker: RunChecker,
    course: Path,
    source: str,
    message: str,
    request: pytest.FixtureRequest,
) -> None:
    if "while True" in source:
        request.getfixturevalue("hurried")  # a 2 s limit: the loop runs far longer
    tests = course / "exercises" / "01_adding" / "test_adder.py"
    tests.write_text(source)
    result = run_checker("check", "1")
    assert result.returncode == 1
    assert message in result.stdout
    assert "Traceback (most recent call last)" not in result.stdout + result.stderr
    assert tests.read_text() == source


def test_a_conftest_that_does_not_import_shows_its_line_and_pythons_message(
    run_checker: RunChecker, course: Path
) -> None:
    (course / "exercises" / "02_greeting" / "conftest.py").write_text("import no_such_thing\n")
    result = run_checker("check", "2")
    assert "pytest stopped before running any test" in result.stdout
    assert "conftest.py:1: in <module>" in result.stdout
    assert "ModuleNotFoundError: No module named 'no_such_thing'" in result.stdout
    assert "os._exit" not in result.stdout


def test_an_import_error_starts_at_the_learners_line_without_the_importing_machinery(
    run_checker: RunChecker, course: Path
) -> None:
    (course / "exercises" / "01_adding" / "test_adder.py").write_text("import no_such_thing\n")
    result = run_checker("check", "1")
    assert "test_adder.py:1: in <module>\n        import no_such_thing" in result.stdout
    assert "importlib" not in result.stdout
    assert "valid Python names" not in result.stdout  # pytest's hint, beside the point here


def test_a_test_file_that_hangs_while_imported_is_a_timeout_that_says_so(
    run_checker: RunChecker, course: Path, hurried: Catalogue
) -> None:
    (course / "exercises" / "01_adding" / "test_adder.py").write_text(
        "import time\ntime.sleep(30)\n\ndef test_never(): pass\n"
    )
    result = run_checker("check", "1")
    assert "was stopped while collecting the tests" in result.stdout


def test_long_output_and_long_messages_are_cut_and_marked_as_cut(
    run_checker: RunChecker, course: Path
) -> None:
    (course / "exercises" / "01_adding" / "test_adder.py").write_text(
        "def test_chatty():\n    print('x' * 30_000)\n    assert 'y' * 10_000 == ''\n"
    )
    result = run_checker("check", "1")
    assert "[... cut: the message was longer ...]" in result.stdout
    assert "(pytest's output was longer than the checker keeps; it was cut)" in result.stdout
    assert len(result.stdout) < 10_000


def test_progress_survives_a_fresh_clone_of_the_learners_repository(
    run_checker: RunChecker, solve: Solve, shipped: Path, git: Git, tmp_path: Path
) -> None:
    solve("02_greeting")
    assert run_checker("check", "2").returncode == 0
    git("add", "-A")
    git("commit", "-qm", "Exercise 2, with my progress")
    clone = tmp_path / "clone"
    git("clone", "-q", str(shipped), str(clone))
    assert "2  A fixture  ✓ done" in run_checker("list", cwd=clone).stdout
    (clone / "exercises" / "02_greeting" / "conftest.py").write_text("# started again\n")
    assert "2  A fixture  … pending" in run_checker("list", cwd=clone).stdout


def test_hints_asked_for_are_remembered_across_runs_in_progress_json(
    run_checker: RunChecker, course: Path
) -> None:
    run_checker("hint", "1")
    data = json.loads((course / "progress.json").read_text())
    assert data["hints_seen"] == {"01_adding": 1}


@pytest.mark.parametrize("number", ["99", "abc", "1.5", "-1"])
def test_a_number_that_names_no_exercise_gets_the_same_answer_whatever_it_is(
    run_checker: RunChecker, number: str
) -> None:
    result = run_checker("check", number)
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"There is no exercise {number}: the course's exercises are 1 to 3. "
        "Run `checker list` to see them."
    )


def test_with_json_a_refusal_is_json_too(run_checker: RunChecker) -> None:
    result = run_checker("check", "abc", "--json")
    assert result.returncode == 2
    assert json.loads(result.stdout) == {
        "error": "There is no exercise abc: the course's exercises are 1 to 3. "
        "Run `checker list` to see them."
    }
    assert result.stderr == ""


def test_a_damaged_progress_file_is_explained_without_pythons_exception_text(
    run_checker: RunChecker, course: Path
) -> None:
    (course / "progress.json").write_text(
        '{"format": "pytest-course-progress", "version": 1, "exercises": {"01_adding": 3}}'
    )
    result = run_checker("list")
    assert result.returncode == 2
    assert "is damaged: each exercise needs a status, a hash and a date" in result.stderr
    assert "TypeError" not in result.stderr and "object" not in result.stderr


def test_a_hint_count_edited_below_zero_shows_the_first_hint(
    run_checker: RunChecker, course: Path
) -> None:
    (course / "progress.json").write_text(
        '{"format": "pytest-course-progress", "version": 1, "exercises": {}, '
        '"hints_seen": {"01_adding": -4}}'
    )
    result = run_checker("hint", "1")
    assert "Hint 1 of 2: Think about negative numbers." in result.stdout
    assert "-" not in result.stdout.split(":")[0]


def test_after_the_progress_file_is_moved_aside_checker_rechecks_every_exercise_worked_on(
    run_checker: RunChecker, shipped: Path, solve: Solve, git: Callable[..., str]
) -> None:
    solve("01_adding")
    solve("03_collecting")
    git("add", "-A")
    git("commit", "-qm", "My work")
    assert run_checker("check", "1").returncode == 0
    assert run_checker("check", "3").returncode == 0
    (shipped / "progress.json").rename(shipped / "progress.json.old")

    result = run_checker()
    assert "checking again the exercises you worked on (1, 3)" in result.stdout
    data = json.loads((shipped / "progress.json").read_text())
    assert data["exercises"]["01_adding"]["status"] == "done"
    assert data["exercises"]["03_collecting"]["status"] == "done"
    assert "Checking exercise 2" in result.stdout


def test_without_git_history_checker_rechecks_in_order_up_to_the_first_not_done(
    run_checker: RunChecker, course: Path, solve: Solve
) -> None:
    solve("01_adding")
    result = run_checker()
    assert "your exercises were checked again, in order" in result.stdout
    assert "Exercise 1: ✓ done" in result.stdout and "Exercise 2: … not done yet" in result.stdout
    assert result.stdout.count("Checking exercise 2") == 1
    data = json.loads((course / "progress.json").read_text())
    assert data["exercises"]["01_adding"]["status"] == "done"


def test_a_first_checker_without_git_history_checks_exercise_1_once_and_says_nothing_more(
    run_checker: RunChecker,
) -> None:
    result = run_checker()
    assert "No progress file" not in result.stdout
    assert result.stdout.count("(exercises/01_adding, write-tests)") == 1
