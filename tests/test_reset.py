"""``checker reset``: the files as shipped come back, and the learner's go to a backup first."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pexpect
import pytest

from checker.course.catalogue import load
from checker.course.reset import reset

REPOSITORY = Path(__file__).resolve().parent.parent
# The `checker` command as learners type it (the console script), where it is installed.
_SCRIPT = Path(sys.executable).with_name("checker")
CHECKER = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "checker"]
RunChecker = Callable[..., subprocess.CompletedProcess[str]]
Git = Callable[..., str]
MINE = "from adder import add\n\ndef test_mine():\n    assert add(2, 2) == 4\n"


def _tree(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` with its bytes, by relative path."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


@pytest.fixture
def adding(shipped: Path) -> Path:
    """Exercise 1's folder in the course under git."""
    return shipped / "exercises" / "01_adding"


@pytest.fixture
def as_shipped(adding: Path) -> dict[str, bytes]:
    """Exercise 1's files as the course shipped them."""
    return _tree(adding)


@pytest.fixture
def worked_on(adding: Path, as_shipped: dict[str, bytes]) -> dict[str, bytes]:
    """Exercise 1 after some work: a test changed, a file added. Returns the files."""
    (adding / "test_adder.py").write_text(MINE)
    (adding / "helpers").mkdir()
    (adding / "helpers" / "numbers.py").write_text("TWO = 2\n")
    return _tree(adding)


def _backups(course: Path) -> list[Path]:
    return sorted((course / "backups").iterdir()) if (course / "backups").exists() else []


def test_reset_restores_the_files_as_shipped_and_keeps_the_learners_in_a_backup(
    run_checker: RunChecker,
    shipped: Path,
    adding: Path,
    as_shipped: dict[str, bytes],
    worked_on: dict[str, bytes],
) -> None:
    result = run_checker("reset", "1", "--yes")
    assert result.returncode == 0, result.stderr
    [backup] = _backups(shipped)
    assert f"Your files are saved in backups/{backup.name}/." in result.stdout
    assert backup.name.startswith("01_adding-")
    assert _tree(adding) == as_shipped  # the added file is gone from the exercise...
    assert _tree(backup) == worked_on  # ...and kept, with every other file, in the backup


def test_reset_takes_the_course_files_even_when_the_learner_committed_their_work(
    run_checker: RunChecker,
    git: Git,
    adding: Path,
    as_shipped: dict[str, bytes],
    worked_on: dict[str, bytes],
) -> None:
    git("add", "-A")
    git("commit", "-qm", "My work on exercise 1")
    assert run_checker("reset", "1", "--yes").returncode == 0
    assert _tree(adding) == as_shipped


def test_reset_takes_a_later_version_of_the_course_from_the_commit_that_changed_the_catalogue(
    run_checker: RunChecker, git: Git, shipped: Path, adding: Path
) -> None:
    readme = adding / "README.md"
    readme.write_text("# Exercise 1: test the adder, second edition\n")
    catalogue = shipped / "exercises" / "catalogue.toml"
    catalogue.write_text(catalogue.read_text().replace("And about strings.", "And strings."))
    git("commit", "-qam", "The course: exercise 1, second edition")
    updated = _tree(adding)
    (adding / "test_adder.py").write_text(MINE)
    git("commit", "-qam", "My work on exercise 1")
    assert run_checker("reset", "1", "--yes").returncode == 0
    assert _tree(adding) == updated


def test_an_exercise_as_shipped_is_left_alone_without_a_backup(
    run_checker: RunChecker, shipped: Path
) -> None:
    result = run_checker("reset", "2", "--yes")
    assert result.returncode == 0
    assert "Exercise 2 already is as shipped" in result.stdout
    assert _backups(shipped) == []


def test_reset_brings_back_a_deleted_exercise_folder(
    run_checker: RunChecker, shipped: Path
) -> None:
    folder = shipped / "exercises" / "02_greeting"
    before = _tree(folder)
    for path in folder.iterdir():
        path.unlink()
    folder.rmdir()
    result = run_checker("reset", "2", "--yes")
    assert result.returncode == 0
    assert "There were no files to save." in result.stdout
    assert _tree(folder) == before


def test_two_resets_in_the_same_second_keep_both_backups(shipped: Path, adding: Path) -> None:
    exercise = load(shipped).exercise(1)
    moment = datetime(2025, 3, 1, 9, 30, 0)
    (adding / "test_adder.py").write_text(MINE)
    first = reset(exercise, now=moment).backup
    (adding / "test_adder.py").write_text(MINE + "# again\n")
    second = reset(exercise, now=moment).backup
    assert first is not None and second is not None
    assert (first.name, second.name) == ("01_adding-20250301-093000", "01_adding-20250301-093000-2")
    assert (second / "test_adder.py").read_text().endswith("# again\n")


def test_reset_without_git_history_refuses_and_changes_nothing(
    run_checker: RunChecker, course: Path
) -> None:
    tests = course / "exercises" / "01_adding" / "test_adder.py"
    tests.write_text(MINE)
    result = run_checker("reset", "1", "--yes")
    assert result.returncode == 2
    assert "Reset finds the files as shipped in the course's git history" in result.stderr
    assert "Nothing was changed." in result.stderr
    assert tests.read_text() == MINE
    assert _backups(course) == []


def test_reset_refuses_a_catalogue_commit_whose_locked_files_are_not_the_courses(
    run_checker: RunChecker, git: Git, shipped: Path
) -> None:
    folder = shipped / "exercises" / "02_greeting"
    (folder / "test_greeting.py").write_text("def test_nothing(): pass\n")
    catalogue = shipped / "exercises" / "catalogue.toml"
    catalogue.write_text(catalogue.read_text() + "\n# my notes\n")
    git("commit", "-qam", "Everything I changed, the catalogue too")
    result = run_checker("reset", "2", "--yes")
    assert result.returncode == 2
    assert "the locked file test_greeting.py is not the one the catalogue describes" in (
        result.stderr
    )
    assert _backups(shipped) == []


def test_without_yes_and_without_a_terminal_to_ask_in_reset_refuses(
    run_checker: RunChecker, shipped: Path, adding: Path, worked_on: dict[str, bytes]
) -> None:
    result = run_checker("reset", "1")
    assert result.returncode == 2
    assert "Run `checker reset 1 --yes` to reset without being asked" in result.stderr
    assert _tree(adding) == worked_on
    assert _backups(shipped) == []


@pytest.mark.parametrize(("answer", "reset_done"), [("y", True), ("n", False), ("", False)])
def test_reset_asks_first_and_only_yes_resets(
    shipped: Path,
    adding: Path,
    as_shipped: dict[str, bytes],
    worked_on: dict[str, bytes],
    answer: str,
    reset_done: bool,
) -> None:
    child = pexpect.spawn(
        CHECKER[0],
        [*CHECKER[1:], "reset", "1"],
        cwd=str(shipped),
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPOSITORY), "NO_COLOR": "1"},
        encoding="utf-8",
        timeout=30,
    )
    child.expect_exact("Reset exercise 1 (01_adding) to its files as shipped?")
    child.expect_exact("[y/N]")
    child.sendline(answer)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == (0 if reset_done else 1)
    assert _tree(adding) == (as_shipped if reset_done else worked_on)
    assert len(_backups(shipped)) == (1 if reset_done else 0)
