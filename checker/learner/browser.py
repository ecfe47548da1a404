"""The checker in the course site's browser: grade the learner's files, say it as the checker does.

The page's Web Worker (``browser/worker.js``) writes the course's files for one exercise
under ``/course`` in Pyodide's file system, then calls :func:`grade` with the files the
learner edited on the page. The exercise is graded by :class:`checker.engine.grade.Grader`
with the in-process runner (:mod:`checker.engine.inprocess`), and the verdict is the text
``checker check N`` prints (:func:`checker.learner.report.verdict`), without colours.

The worker cannot stop a run from inside: the page ends the worker when one run takes
longer than the exercise's time limit. So that the page can then say what the checker
would say, :func:`grade` tells it which version each run grades and which test is
running, and :func:`stopped` gives it the checker's words for a run that was stopped.
A planted bug's run that never ends counts as caught, by a timeout, as in the checker;
a correct version's run that never ends makes the suite not valid, as in the checker.
Either way the page then grades again in a fresh worker and names that version in
``stopped`` (as :func:`version_name` names it), whose run is not started again but taken
as timed out, while the test it was in: the verdict is then the whole of the checker's,
with how the learner's tests fared on the reference. (A run of the reference that never
ends leaves nothing more to say than :func:`stopped`'s words.)
"""

from __future__ import annotations

import io
import json
import shutil
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from rich.console import Console

from checker.course import catalogue
from checker.course.catalogue import Catalogue, Exercise
from checker.engine import inprocess, memdata
from checker.engine.grade import REFERENCE, Grader, Verdict, _Run, _stopped
from checker.engine.results import RunResult
from checker.engine.spec import RunSpec
from checker.learner import report

memdata.install()  # Pyodide's core has no sqlite3, which coverage.py's store needs

# Stand-ins the page replaces in the text of :func:`stopped`.
VERSION = "\u27e8version\u27e9"
TEST = "\u27e8test\u27e9"
WIDTH = 100
# The runs the page may stop and then leave out of the next grading (the reference's
# first run, when stopped, already decides the verdict).
STOPPABLE = ("bug", "correct")


@cache
def _course(root: str) -> Catalogue:
    return catalogue.load(Path(root))


def _exercise(root: str, number: int) -> Exercise:
    for exercise in _course(root).exercises:
        if exercise.number == number:
            return exercise
    raise ValueError(f"There is no exercise {number} in the course at {root}.")


def version_name(plan: _Run) -> str:
    """How the checker's messages name the version a run grades."""
    if plan.kind in ("reference", "again"):
        return plan.side.on(REFERENCE)
    if plan.kind == "correct":
        return plan.side.on(f"the correct version '{plan.name}'")
    return f"the planted bug '{plan.name}'"


class _Telling(Grader):
    """A grader that tells ``notify`` which version each of its runs grades, and takes
    the planted bugs and correct versions in ``stopped`` (the version as
    :func:`version_name` names it: the test that was running) as timed out."""

    def __init__(
        self,
        exercise: Exercise,
        folder: Path,
        notify: Callable[[str], None],
        stopped: dict[str, str | None],
    ) -> None:
        super().__init__(exercise, folder)
        self.notify = notify
        self.stopped = stopped
        self.names: dict[str, tuple[str, str, str]] = {}

    def _prepare(self, plan: _Run) -> RunSpec:
        spec = super()._prepare(plan)
        self.names[str(spec.results)] = (plan.kind, plan.name, version_name(plan))
        return spec

    def _execute(self, plans: list[_Run]) -> None:
        again = [
            plan for plan in plans if plan.kind in STOPPABLE and version_name(plan) in self.stopped
        ]
        if rest := [plan for plan in plans if plan not in again]:
            super()._execute(rest)
        for plan in again:
            # What the run of a process the checker had to stop reads like.
            plan.result = RunResult(timed_out=True, running=self.stopped[version_name(plan)])

    def listen(self, kind: str, details: dict[str, Any]) -> None:
        if kind == "run":
            role, name, version = self.names.get(str(details["results"]), ("", "", ""))
            self.notify(
                json.dumps({"event": "run", "kind": role, "name": name, "version": version})
            )
        elif kind == "test":
            self.notify(json.dumps({"event": "test", "nodeid": details["nodeid"]}))


def render(exercise: Exercise, verdict: Verdict) -> str:
    """The verdict as `checker check N` prints it in a pipe: plain text."""
    out = io.StringIO()
    console = Console(file=out, no_color=True, highlight=False, soft_wrap=True, width=WIDTH)
    report.verdict(console, exercise, verdict)
    return out.getvalue()


def place(exercise: Exercise, edited: dict[str, str], workspace: Path) -> Path:
    """The exercise as shipped in ``workspace``, with the learner's files written over it.

    The course's own files (the subject, locked files) are not taken from the page, nor
    a name that leads out of the folder: the page only edits the learner's files (see
    :func:`checker.course.browser.editable`).
    """
    folder = workspace / "exercises" / exercise.folder
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(exercise.path, folder)
    for name, text in edited.items():
        target = (folder / name).resolve()
        if name in exercise.protected or not target.is_relative_to(folder.resolve()):
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return folder


def grade(
    number: int,
    edited: dict[str, str],
    notify: Callable[[str], None] | None = None,
    root: str = "/course",
    workspace: str = "/",
    stopped: dict[str, str | None] | None = None,
) -> str:
    """Grade exercise ``number`` with the learner's ``edited`` files; the verdict as JSON:
    its text, whether it is done, valid, and how many planted bugs were caught.
    ``stopped``: the planted bugs and correct versions whose run the page had to stop,
    named as :func:`version_name` names them, each with the test that was running."""
    started = time.perf_counter()
    exercise = _exercise(root, number)
    folder = place(exercise, edited, Path(workspace))
    grader = _Telling(exercise, folder, notify or (lambda _: None), dict(stopped or {}))
    inprocess.listener = grader.listen
    try:
        verdict = grader.grade()
    finally:
        inprocess.listener = None
        grader.close()
    return json.dumps(
        {
            "text": render(exercise, verdict),
            "done": verdict.done,
            "valid": verdict.valid,
            "caught": verdict.bugs_caught,
            "bugs": len(exercise.bugs) if verdict.bugs_checked else None,
            "seconds": round(time.perf_counter() - started, 3),
        }
    )


def stopped(number: int, root: str = "/course") -> str:
    """The checker's words for a run of a correct version that the page stopped, as JSON,
    one text per case: a test was running (``running``, with :data:`TEST`) or none had
    started (``collecting``); :data:`VERSION` stands for the version. (A planted bug's
    run is graded again instead, see :func:`grade`.)"""
    exercise = _exercise(root, number)

    def invalid(result: RunResult) -> str:
        reason = _stopped(result, VERSION, exercise.timeout)
        verdict = Verdict(exercise.number, exercise.folder, exercise.kind, valid=False)
        verdict.invalid_reasons = [reason or ""]
        return render(exercise, verdict)

    return json.dumps(
        {
            "running": invalid(RunResult(timed_out=True, running=TEST, collected=[TEST])),
            "collecting": invalid(RunResult(timed_out=True)),
        }
    )
