"""Grade one submission (one copy of the course), exercise by exercise, with points.

Each exercise is graded by the course's :class:`~checker.engine.grade.Grader` in the
submission's own folder, against the course assembled by :mod:`.course`; learner code
runs sandboxed (:mod:`checker.engine.sandbox`). An exercise scores its points when done and
nothing otherwise.
"""

from __future__ import annotations

import hashlib
import os
import platform
import time
import traceback
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from checker.course.catalogue import Exercise
from checker.engine.grade import Grader, Verdict
from checker.instructor import explain
from checker.instructor.course import Course

DONE, NOT_DONE, MISSING, ERROR = "done", "not done", "missing", "error"


@dataclass
class ExerciseGrade:
    """One exercise of one submission: its points, status and the reason in words."""

    number: int
    folder: str
    title: str
    kind: str
    max_points: float
    points: float
    status: str  # done, not done, missing (no folder), error (the checker failed)
    reason: str
    seconds: float
    edited: list[str] = field(default_factory=list)  # protected files the student changed
    verdict: dict[str, Any] | None = None


@dataclass
class SubmissionGrade:
    """Everything ``checker grade`` found out about one copy of the course."""

    name: str
    path: str
    course: str
    pristine: bool
    isolation: dict[str, str]
    started: str
    seconds: float = 0.0
    exercises: list[ExerciseGrade] = field(default_factory=list)
    checker: str = ""
    host: str = ""

    @property
    def score(self) -> float:
        return sum(e.points for e in self.exercises)

    @property
    def max_score(self) -> float:
        return sum(e.max_points for e in self.exercises)

    @property
    def percent(self) -> float:
        return 100.0 * self.score / self.max_score if self.max_score else 100.0

    @property
    def errors(self) -> list[ExerciseGrade]:
        return [e for e in self.exercises if e.status == ERROR]


def verdict_data(verdict: Verdict, course: Course) -> dict[str, Any]:
    """Every part of a verdict, with its derived parts and which bugs are hidden."""
    data = asdict(verdict)
    data["thorough"] = verdict.thorough
    data["bugs_caught"] = verdict.bugs_caught
    for bug in data["bugs"]:
        bug["hidden"] = course.is_hidden(verdict.folder, bug["name"])
    return data


def _edited(exercise: Exercise, folder: Path) -> list[str]:
    """The protected files (locked files, the subject) that differ from the course's."""
    changed = []
    for name, digest in sorted(exercise.protected.items()):
        if digest is None:
            continue
        path = folder / name
        ok = path.is_file() and hashlib.sha256(path.read_bytes()).hexdigest() == digest
        if not ok:
            changed.append(name)
    return changed


def grade_exercise(
    exercise: Exercise, course: Course, submission: Path, sandbox: tuple[str, ...]
) -> ExerciseGrade:
    folder = submission / "exercises" / exercise.folder
    started = time.monotonic()
    grade = ExerciseGrade(
        exercise.number,
        exercise.folder,
        exercise.title,
        exercise.kind,
        exercise.points,
        0.0,
        MISSING,
        "",
        0.0,
    )
    if not folder.is_dir():
        grade.reason = f"exercises/{exercise.folder} is not in this copy of the course."
        return grade
    grade.edited = _edited(exercise, folder)
    try:
        with Grader(exercise, folder=folder, sandbox=sandbox) as grader:
            verdict = grader.grade()
    except Exception as error:
        if os.environ.get("CHECKER_DEBUG"):
            traceback.print_exc()
        grade.status = ERROR
        grade.reason = (
            f"The checker could not grade this exercise ({type(error).__name__}: {error})."
        )
    else:
        grade.status = DONE if verdict.done else NOT_DONE
        grade.points = exercise.points if verdict.done else 0.0
        grade.reason = explain.reason(verdict, course, folder)
        grade.verdict = verdict_data(verdict, course)
    grade.seconds = time.monotonic() - started
    return grade


def grade_submission(
    course: Course,
    submission: Path,
    numbers: list[int] | None,
    sandbox: tuple[str, ...],
    isolation: dict[str, str],
    name: str | None = None,
) -> SubmissionGrade:
    started = time.monotonic()
    result = SubmissionGrade(
        name=name or submission.resolve().name,
        path=str(submission),
        course=course.source,
        pristine=course.pristine,
        isolation=isolation,
        started=datetime.now(UTC).isoformat(timespec="seconds"),
        checker=_version(),
        host=platform.node(),
    )
    for exercise in course.catalogue.exercises:
        if numbers and exercise.number not in numbers:
            continue
        result.exercises.append(grade_exercise(exercise, course, submission, sandbox))
    result.seconds = time.monotonic() - started
    return result


def _version() -> str:
    try:
        return metadata.version("pytest-course")
    except metadata.PackageNotFoundError:
        return "unknown"
