"""``checker grade``: grade one copy of the course, or a class of copies, with points.

Exit status: 0 when grading completed, whatever the score (unless ``--min-score`` asks
for more: then 1 below it); 2 when it could not grade, with the reason on stderr.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from checker.course import catalogue as catalogue_module

if TYPE_CHECKING:
    from checker.instructor.course import Course
    from checker.instructor.grading import SubmissionGrade

# The rest is imported when `checker grade` runs: a learner's `checker` starts no slower.

DEFAULT_OUT = "grade-results"
NETWORK_KEPT = "not isolated: --network was given, so runs reach the services and beyond"


class GradeError(Exception):
    """Grading cannot be carried out; the message says why."""


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    grade = commands.add_parser(
        "grade",
        help="for instructors: grade every exercise (or those given) with points, and write "
        "JUnit XML, a JSON report, Gradescope's results.json and a Markdown summary",
        description="Grade a copy of the course (or, with --class, every copy in a folder) "
        "with the points the catalogue gives. Exits 0 when grading completed, whatever the "
        "score; 2 when it could not grade.",
    )
    grade.add_argument("numbers", type=int, nargs="*", help="the exercises to grade (default: all)")
    grade.add_argument(
        "--submission",
        type=Path,
        help="the copy of the course to grade (default: --root, or the course around the "
        "current folder)",
    )
    grade.add_argument(
        "--class",
        dest="class_folder",
        type=Path,
        metavar="DIR",
        help="grade every copy of the course in DIR's subfolders, and write grades.csv",
    )
    grade.add_argument(
        "--pristine",
        metavar="REF",
        help="take subjects, locked files, the catalogue, correct versions and planted bugs "
        "from the course itself: its folder, or a git ref (commit, tag, branch) of the "
        "repository in the current folder; never from the copy graded",
    )
    grade.add_argument(
        "--extra",
        type=Path,
        metavar="DIR",
        help="hidden correct versions and planted bugs: DIR/NN_name/correct/*.py, "
        "DIR/NN_name/bugs/*.patch, and hints in DIR/hints.toml (needs --pristine)",
    )
    grade.add_argument(
        "--out",
        type=Path,
        default=Path(DEFAULT_OUT),
        help=f"where the reports go (default: {DEFAULT_OUT}/)",
    )
    grade.add_argument(
        "--min-score",
        metavar="SCORE",
        help="exit 1 when the score is below SCORE points, or below SCORE%% of the maximum "
        "when it ends with %% (one copy only)",
    )
    grade.add_argument(
        "--workers",
        type=int,
        default=max(1, (os.cpu_count() or 1) // 2),
        help="with --class: how many copies are graded at once, each in its own process",
    )
    grade.add_argument(
        "--network",
        action="store_true",
        help="let the learner's code reach the network (needed when TEST_DATABASE_URL or "
        "REDIS_URL name services); without it each run has a network of its own",
    )
    grade.add_argument(
        "--classroom-workflow",
        type=Path,
        metavar="FILE",
        help="write a GitHub Classroom autograding workflow, one step per exercise with its "
        "points, to FILE (- for stdout), and grade nothing",
    )


def run(arguments: argparse.Namespace) -> int:
    from checker.instructor.course import CourseError

    try:
        return _run(arguments)
    except (GradeError, CourseError, catalogue_module.CatalogueError) as error:
        print(f"checker grade: {error}", file=sys.stderr)
        return 2


def sandbox_steps(network: bool) -> tuple[str, ...]:
    from checker.engine import sandbox

    return tuple(s for s in sandbox.STEPS if not (network and s == "network"))


def isolation(steps: tuple[str, ...], network: bool) -> dict[str, str]:
    """Which isolation the runs get here, found out by trying it."""
    from checker.engine import sandbox

    if sys.platform != "linux":
        found = {step: f"not isolated: only on Linux (this is {sys.platform})" for step in steps}
    else:
        # Laid out as a grader's scratch: a fresh folder of the system's temporary folder.
        where = Path(tempfile.mkdtemp(prefix="checker-probe-"))
        try:
            found = sandbox.probe(steps, where)
        finally:
            shutil.rmtree(where, ignore_errors=True)
    if network:
        found["network"] = NETWORK_KEPT
    return {step: found[step] for step in sandbox.STEPS if step in found}


def _submission(arguments: argparse.Namespace) -> Path:
    given = arguments.submission or arguments.root
    root = given.resolve() if given else catalogue_module.find_root(Path.cwd())
    if root is None or not (root / "exercises").is_dir():
        raise GradeError(
            f"{root or Path.cwd()} is not a copy of the course (no exercises/ folder); "
            "give it with --submission PATH."
        )
    return root


def _min_score(text: str | None, grade: SubmissionGrade) -> bool:
    """Whether the score reaches ``--min-score``."""
    if text is None:
        return True
    try:
        wanted = float(text.rstrip("%"))
    except ValueError:
        raise GradeError(f"--min-score {text}: give points (7.5) or a percentage (60%).") from None
    return (grade.percent if text.endswith("%") else grade.score) >= wanted


def _run(arguments: argparse.Namespace) -> int:
    from checker.instructor import classroom
    from checker.instructor.grading import grade_submission

    if arguments.extra is not None and arguments.pristine is None:
        raise GradeError(
            "--extra needs --pristine: hidden versions are graded against the course's own "
            "copy of each subject, not the student's."
        )
    scratch = Path(tempfile.mkdtemp(prefix="checker-grade-"))
    try:
        if arguments.class_folder is not None:
            from checker.instructor import classrun

            return classrun.run(arguments, scratch)
        if arguments.classroom_workflow is not None:
            course = open_course(arguments, scratch, None)
            text = classroom.workflow(course.catalogue, arguments.pristine)
            if str(arguments.classroom_workflow) == "-":
                sys.stdout.write(text)
            else:
                arguments.classroom_workflow.write_text(text, encoding="utf-8")
            return 0
        submission = _submission(arguments)
        course = open_course(arguments, scratch, submission)
        check_numbers(course, arguments.numbers)
        steps = sandbox_steps(arguments.network)
        found = isolation(steps, arguments.network)
        grade = grade_submission(course, submission, arguments.numbers, steps, found)
        write_reports(grade, arguments.out)
        print_summary(grade, arguments.out)
        if grade.errors:
            for exercise in grade.errors:
                print(
                    f"checker grade: exercise {exercise.number}: {exercise.reason}", file=sys.stderr
                )
            return 2
        return 0 if _min_score(arguments.min_score, grade) else 1
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def open_course(arguments: argparse.Namespace, scratch: Path, submission: Path | None) -> Course:
    from checker.instructor.course import assemble, own_copy

    if arguments.pristine is not None:
        into = scratch / "course"
        into.mkdir()
        return assemble(arguments.pristine, arguments.extra, into, Path.cwd())
    if submission is None:
        submission = _submission(arguments)
    return own_copy(submission)


def check_numbers(course: Course, numbers: list[int]) -> None:
    known = [e.number for e in course.catalogue.exercises]
    unknown = sorted(set(numbers) - set(known))
    if unknown:
        raise GradeError(
            f"there is no exercise {', '.join(map(str, unknown))}: the course's exercises are "
            f"{', '.join(map(str, known))}."
        )


def write_reports(grade: SubmissionGrade, out: Path, step_summary: bool = True) -> None:
    """junit.xml, report.json, results.json and summary.md in ``out``; the summary also
    goes to $GITHUB_STEP_SUMMARY when it is set."""
    from checker.instructor import gradescope, jsonreport, junit, summary

    out.mkdir(parents=True, exist_ok=True)
    (out / "junit.xml").write_bytes(junit.document(grade))
    (out / "report.json").write_text(jsonreport.document(grade), encoding="utf-8")
    (out / "results.json").write_text(gradescope.document(grade), encoding="utf-8")
    text = summary.document(grade)
    (out / "summary.md").write_text(text, encoding="utf-8")
    if step_summary:
        append_step_summary(text)


def append_step_summary(text: str) -> None:
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if target:
        with open(target, "a", encoding="utf-8") as file:
            file.write(text)


def print_summary(grade: SubmissionGrade, out: Path) -> None:
    for e in grade.exercises:
        print(f"{e.number:>3} {e.folder:<28} {e.points:g}/{e.max_points:g}  {e.status}")
    print(
        f"{grade.name}: {grade.score:g} of {grade.max_score:g} points ({grade.percent:.0f}%). "
        f"Reports in {out}/."
    )
