"""The nox sessions: listed from the catalogue, one shared environment, the checker behind them.

Most tests run nox on the fixture course with the course's noxfile, pyproject.toml and
checker beside it, where no session needs an environment. The slow ones build the shared
environment once for the module (under half a minute with a warm package cache) and run the
learner's sessions in it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pexpect
import pytest

from checker.course.catalogue import CatalogueError, load

REPOSITORY = Path(__file__).resolve().parent.parent
FIXTURE_COURSE = Path(__file__).resolve().parent / "fixture_course"
LEARNER_SESSIONS = {"progress", "watch", "env"}
MAINTAINER_SESSIONS = {"docs", "tests", "lint", "browser-runtime"}

RunNox = Callable[..., subprocess.CompletedProcess[str]]


def copy_project(into: Path) -> Path:
    """The fixture course with the course's noxfile, pyproject.toml, README and checker added."""
    shutil.copytree(FIXTURE_COURSE, into)
    for name in ("noxfile.py", "pyproject.toml", "README.md"):
        shutil.copy(REPOSITORY / name, into / name)
    shutil.copytree(
        REPOSITORY / "checker", into / "checker", ignore=shutil.ignore_patterns("__pycache__")
    )
    return into


def clean_environment() -> dict[str, str]:
    """This process's variables, less those of the nox or pytest running us; no colours."""
    outer = ("NOX", "PYTEST_", "VIRTUAL_ENV")
    env = {k: v for k, v in os.environ.items() if not k.startswith(outer)}
    return {**env, "NO_COLOR": "1"}


def nox_runner(project: Path) -> RunNox:
    """Run `python -m nox` in ``project``, as a learner types it (without a terminal)."""
    env = clean_environment()

    def run(*args: str, **extra_env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "nox", *args],
            cwd=project,
            env={**env, **extra_env},
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )

    return run


def listed(result: subprocess.CompletedProcess[str]) -> dict[str, str]:
    """Session names and descriptions from `nox -l`: lines read "* name -> description"."""
    lines = (line for line in result.stdout.splitlines() if line.startswith(("* ", "- ")))
    return dict(line[2:].partition(" -> ")[::2] for line in lines)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A private copy of the fixture course that nox can run in."""
    return copy_project(tmp_path / "course")


@pytest.fixture
def run_nox(project: Path) -> RunNox:
    """Run nox in the private course, as a learner types it."""
    return nox_runner(project)


@pytest.fixture
def broken(project: Path) -> str:
    """Break the private course's catalogue; return the message the catalogue reader gives."""
    catalogue = project / "exercises" / "catalogue.toml"
    catalogue.write_text(catalogue.read_text() + "\n[[exercises]\n", encoding="utf-8")
    with pytest.raises(CatalogueError) as error:
        load(project)
    return str(error.value)


def test_nox_lists_every_exercise_of_the_course_with_its_title() -> None:
    result = nox_runner(REPOSITORY)("--list")
    assert result.returncode == 0, result.stderr
    sessions = listed(result)
    exercises = load(REPOSITORY).exercises
    wanted = {f"exercise-{e.number}": e for e in exercises}
    assert set(sessions) == set(wanted) | LEARNER_SESSIONS | MAINTAINER_SESSIONS
    for name, exercise in wanted.items():
        assert sessions[name] == f"Check exercise {exercise.number}: {exercise.title}."


def test_only_the_projects_own_tests_run_by_default(run_nox: RunNox) -> None:
    lines = run_nox("--list").stdout.splitlines()
    assert [line.split()[1] for line in lines if line.startswith("* ")] == ["tests"]


@pytest.mark.parametrize(
    ("args", "env"),
    [
        (["-s", "exercise-99"], {}),
        (["--session=exercise-99", "--", "hint"], {}),
        ([], {"NOXSESSION": "exercise-99"}),
    ],
    ids=["-s", "--session=", "NOXSESSION"],
)
def test_an_exercise_not_in_the_course_says_which_there_are_without_building_anything(
    project: Path, run_nox: RunNox, args: list[str], env: dict[str, str]
) -> None:
    result = run_nox(*args, **env)
    assert result.returncode == 1
    assert "There is no exercise 99: the course's exercises are 1 to 3." in result.stderr
    assert "Sessions not found" not in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert not (project / ".nox" / "env").exists()


def test_a_broken_catalogue_still_lists_the_sessions_the_exercise_folders_suggest(
    run_nox: RunNox, broken: str
) -> None:
    result = run_nox("--list")
    assert result.returncode == 0, result.stderr
    assert {"exercise-1", "exercise-2", "exercise-3"} | LEARNER_SESSIONS <= set(listed(result))


@pytest.mark.parametrize("session", ["exercise-2", "exercise-99", "progress", "watch"])
def test_with_a_broken_catalogue_each_learner_session_gives_its_message_and_fails(
    project: Path, run_nox: RunNox, broken: str, session: str
) -> None:
    result = run_nox("-s", session, "--", "hint")
    assert result.returncode == 1
    assert f"Session {session} aborted: {broken}" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert not (project / ".nox" / "env").exists()


# The learner's sessions in the shared environment: built once for these tests.


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A private course whose shared environment `nox -s env` has built."""
    project = copy_project(tmp_path_factory.mktemp("nox") / "course")
    built = nox_runner(project)("-s", "env")
    assert built.returncode == 0, built.stderr
    return project


@pytest.fixture
def run_prepared(prepared: Path) -> RunNox:
    """Run nox in the course whose shared environment is built."""
    return nox_runner(prepared)


@pytest.mark.slow
def test_exercise_sessions_reuse_the_shared_environment_without_installing(
    prepared: Path, run_prepared: RunNox
) -> None:
    for session in ("exercise-2", "exercise-3"):
        result = run_prepared("-s", session)
        assert result.returncode == 1, result.stderr  # not done as shipped
        assert "Reusing existing virtual environment at .nox/env." in result.stderr
        assert "The course is installed and up to date." in result.stderr
        assert "pip install" not in result.stderr
        assert "Next:" in result.stdout
    made = {p.name for p in (prepared / ".nox").iterdir() if p.is_dir()}
    assert made - {".cache"} == {"env"}


@pytest.mark.slow
def test_a_hint_through_nox_is_the_next_hint_each_time(run_prepared: RunNox) -> None:
    first = run_prepared("-s", "exercise-1", "--", "hint")
    second = run_prepared("-s", "exercise-1", "--", "hint")
    assert first.returncode == second.returncode == 0, first.stderr + second.stderr
    assert "Hint 1 of 2: Think about negative numbers." in first.stdout
    assert "Hint 2 of 2: And about strings." in second.stdout


@pytest.mark.slow
def test_other_words_after_the_dashes_go_to_checker_check(run_prepared: RunNox) -> None:
    result = run_prepared("-s", "exercise-3", "--", "--json")
    assert result.returncode == 1
    assert ".nox/env/bin/checker check 3 --json" in result.stderr
    assert json.loads(result.stdout)["done"] is False


@pytest.mark.slow
def test_reset_through_nox_is_checker_reset(prepared: Path, run_prepared: RunNox) -> None:
    # The private course is no git checkout, so the checker refuses, changing nothing.
    test_file = prepared / "exercises" / "01_adding" / "test_adder.py"
    before = test_file.read_bytes()
    result = run_prepared("-s", "exercise-1", "--", "reset", "--yes")
    assert ".nox/env/bin/checker reset 1 --yes" in result.stderr
    assert result.returncode == 1
    assert test_file.read_bytes() == before


@pytest.mark.slow
def test_watch_through_nox_takes_its_keys_from_the_terminal(prepared: Path) -> None:
    child = pexpect.spawn(
        sys.executable,
        ["-m", "nox", "-s", "watch", "--", "3"],
        cwd=str(prepared),
        env={**clean_environment(), "TERM": "xterm"},
        encoding="utf-8",
        timeout=120,
        dimensions=(50, 200),
    )
    try:
        child.expect_exact("Keys: n next")
        child.send("h")
        child.expect_exact("Hint 1 of")
        child.send("q")
        child.expect_exact("Session watch was successful")
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)
    assert child.exitstatus == 0


@pytest.mark.slow
def test_a_done_exercise_makes_its_session_succeed(
    prepared: Path, run_prepared: RunNox, tmp_path: Path
) -> None:
    exercise = prepared / "exercises" / "02_greeting"
    shipped = shutil.copytree(exercise, tmp_path / "shipped")
    shutil.copytree(prepared / "solutions" / "02_greeting", exercise, dirs_exist_ok=True)
    try:
        result = run_prepared("-s", "exercise-02")
    finally:  # the other tests in this course find exercise 2 as shipped
        shutil.rmtree(exercise)
        shutil.copytree(shipped, exercise)
    assert result.returncode == 0, result.stdout + result.stderr
    assert ".nox/env/bin/checker check 2" in result.stderr


@pytest.mark.slow
def test_progress_is_the_bare_checker_and_passes_a_command_on(run_prepared: RunNox) -> None:
    bare = run_prepared("-s", "progress")
    assert "exercises done" in bare.stdout
    assert "Checking exercise" in bare.stdout
    listing = run_prepared("-s", "progress", "--", "list")
    assert listing.returncode == 0, listing.stderr
    assert "Test the adder" in listing.stdout
    assert "Checking exercise" not in listing.stdout


@pytest.mark.slow
def test_the_environment_is_installed_again_only_when_the_dependencies_change(
    prepared: Path, run_prepared: RunNox
) -> None:
    pyproject = prepared / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    pyproject.write_text("# A comment changes no dependency.\n" + text, encoding="utf-8")
    unchanged = run_prepared("-s", "env")
    assert "The course is installed and up to date." in unchanged.stderr
    pyproject.write_text(text.replace('"rich>=13.9"', '"rich>=13"'), encoding="utf-8")
    changed = run_prepared("-s", "env")
    assert changed.returncode == 0, changed.stderr
    assert "pip install -e ." in changed.stderr
    again = run_prepared("-s", "env")
    assert "The course is installed and up to date." in again.stderr
