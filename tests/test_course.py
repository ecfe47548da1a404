"""The real course: its catalogue, its exercises and solutions."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from checker.course import exercise as files
from checker.course.catalogue import Catalogue, load
from checker.course.reset import ResetError, shipped
from checker.course.verify import verify_exercise

REPOSITORY = Path(__file__).resolve().parent.parent
COURSE = load(REPOSITORY)


@pytest.fixture(scope="module")
def course() -> Catalogue:
    """The course's own catalogue, read once."""
    return COURSE


def test_there_are_nineteen_chapters_in_syllabus_order(course: Catalogue) -> None:
    assert [c.number for c in course.chapters] == list(range(1, 20))
    assert course.chapters[0].slug == "fundamentals"
    assert course.chapters[-1].slug == "anti-patterns"


def test_every_exercise_belongs_to_a_chapter_no_later_than_the_next_one(course: Catalogue) -> None:
    chapters = [e.chapter for e in course.exercises]
    assert chapters == sorted(chapters)


def test_exercise_numbers_run_from_one_without_gaps(course: Catalogue) -> None:
    assert [e.number for e in course.exercises] == list(range(1, len(course.exercises) + 1))


def test_every_exercise_folder_is_in_the_catalogue(course: Catalogue) -> None:
    listed = {e.folder for e in course.exercises}
    for tree in ("exercises", "solutions", "grading"):
        on_disk = {p.name for p in (REPOSITORY / tree).iterdir() if p.is_dir()}
        assert on_disk - {"__pycache__"} <= listed, tree


def test_every_write_tests_exercise_has_versions_to_grade_against(course: Catalogue) -> None:
    for exercise in course.exercises:
        if exercise.kind == "write-tests":
            assert exercise.correct and len(exercise.bugs) >= 4, exercise.folder


def test_the_shipped_exercises_have_no_progress_or_cache_files(course: Catalogue) -> None:
    for exercise in course.exercises:
        names = {p.name for p in files.files(exercise.path)}
        assert "progress.json" not in names and ".coverage" not in names


@pytest.mark.slow
@pytest.mark.parametrize("exercise", COURSE.exercises, ids=lambda e: e.folder)
def test_each_exercise_fails_as_shipped_and_passes_with_its_solution(exercise: object) -> None:
    finding = verify_exercise(exercise)  # type: ignore[arg-type]
    assert finding.ok, "\n".join(finding.problems)


def test_the_course_files_are_where_the_project_expects_them() -> None:
    for name in ("mkdocs.yml", "noxfile.py", "README.md", ".ci/run", "pyproject.toml"):
        assert (REPOSITORY / name).is_file(), name
    assert Path(REPOSITORY / "docs").is_dir()


@pytest.mark.skipif(
    not (REPOSITORY / ".git").exists(), reason="the course is not a git checkout here"
)
def test_reset_would_restore_every_exercise_as_it_is_committed(course: Catalogue) -> None:
    # `checker reset` takes "as shipped" from the newest commit that changed the
    # catalogue; a maintainer who changes an exercise changes the catalogue with it.
    for exercise in course.exercises:
        try:
            files_as_shipped = shipped(exercise)
        except ResetError as error:  # a shallow clone cannot see that far back
            pytest.skip(str(error))
        committed = subprocess.run(
            ["git", "ls-files", "--", f"exercises/{exercise.folder}"],
            cwd=REPOSITORY,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        names = {
            Path(name).relative_to(f"exercises/{exercise.folder}").as_posix() for name in committed
        }
        assert set(files_as_shipped.files) == names, (
            f"{exercise.folder} changed after the last change to the catalogue: change the "
            "catalogue in the same commit (reset restores from that commit)."
        )
        for name, shipped_file in files_as_shipped.files.items():
            head = subprocess.run(
                ["git", "show", f"HEAD:exercises/{exercise.folder}/{name}"],
                cwd=REPOSITORY,
                capture_output=True,
                check=True,
            ).stdout
            assert shipped_file.content == head, f"{exercise.folder}/{name} changed since"
