"""For maintainers: prove the course is consistent, exercise by exercise.

For each exercise: its files are where the catalogue says, the exercise as shipped is
not done, and its solution, copied over the exercise in a scratch folder, is done, which
for a write-tests exercise means valid on every correct version and catching every
planted bug.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from checker import constructs
from checker import exercise as files
from checker.catalogue import Catalogue, Exercise
from checker.grade import Verdict, grade
from checker.patches import PatchError


@dataclass
class Finding:
    number: int
    folder: str
    problems: list[str] = field(default_factory=list)
    summary: str = ""

    @property
    def ok(self) -> bool:
        return not self.problems


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _layout(exercise: Exercise) -> list[str]:
    """What the catalogue promises about files that is not so on disk."""
    problems: list[str] = []
    if not exercise.path.is_dir():
        return [f"exercises/{exercise.folder} does not exist."]
    if not exercise.solution_path.is_dir():
        problems.append(f"solutions/{exercise.folder} does not exist.")
    if not (exercise.path / "README.md").is_file():
        problems.append("the exercise has no README.md (its statement on the site).")
    if exercise.subject and not (exercise.path / exercise.subject).is_file():
        problems.append(f"the subject {exercise.subject} is not in the exercise folder.")
    for name, digest in exercise.locked.items():
        path = exercise.path / name
        if not path.is_file():
            problems.append(f"the locked file {name} does not exist.")
        elif files.file_hash(path) != digest:
            problems.append(
                f"the locked file {name} has hash {files.file_hash(path)}, "
                f"the catalogue says {digest}."
            )
    for rule in exercise.constructs:
        if rule not in constructs.RULES:
            problems.append(f"unknown construct {rule!r}; known: {', '.join(constructs.RULES)}.")
    if exercise.subject and (exercise.path / exercise.subject).is_file():
        problems += _versions(exercise)
    return problems


def _versions(exercise: Exercise) -> list[str]:
    """Every version the catalogue names is on disk, and each differs from the reference."""
    problems: list[str] = []
    root = exercise.root
    for listed, file_of in (
        (list(exercise.correct), exercise.correct_file),
        (list(exercise.bugs), exercise.bug_file),
    ):
        expected = {file_of(name) for name in listed}
        folder = file_of("any").parent
        on_disk = {p for p in folder.iterdir() if p.is_file()} if folder.is_dir() else set()
        problems += [f"{p.relative_to(root)} does not exist." for p in sorted(expected - on_disk)]
        problems += [
            f"{p.relative_to(root)} is not in the catalogue." for p in sorted(on_disk - expected)
        ]
    if problems:
        return problems
    assert exercise.subject is not None
    reference = (exercise.path / exercise.subject).read_text(encoding="utf-8")
    for kind, names in (("correct", list(exercise.correct)), ("bug", list(exercise.bugs))):
        for name in names:
            try:
                text = files.version_text(exercise, kind, name)
            except PatchError as error:
                problems.append(f"planted bug {name}: {error}")
                continue
            if text == reference:
                problems.append(f"the {kind} version {name} is the reference itself.")
    return problems


def _solution_problems(exercise: Exercise, verdict: Verdict) -> list[str]:
    if verdict.done:
        return []
    problems = [f"the solution is not done: {p.message}" for p in verdict.problems]
    problems += [f"the solution is not valid: {r}" for r in verdict.invalid_reasons]
    problems += [
        f"planted bug {b.name} escapes the solution's tests: it may not really differ in behaviour."
        for b in verdict.bugs
        if not b.caught
    ]
    problems += [f"the solution does not use construct {c}." for c in verdict.constructs_missing]
    if verdict.coverage_goal is not None and (verdict.coverage or 0) < verdict.coverage_goal:
        problems.append(
            f"the solution covers {verdict.coverage or 0:.0f}% of the subject, "
            f"below the goal of {verdict.coverage_goal:.0f}%."
        )
    if verdict.collection_missing or verdict.collection_unexpected:
        problems.append(
            f"the solution's collection differs: missing {verdict.collection_missing}, "
            f"unexpected {verdict.collection_unexpected}."
        )
    return problems or ["the solution is not done."]


def verify_exercise(exercise: Exercise) -> Finding:
    finding = Finding(exercise.number, exercise.folder, _layout(exercise))
    if finding.problems:
        return finding
    scratch = Path(tempfile.mkdtemp(prefix="checker-verify-"))
    try:
        shipped = files.copy(exercise.path, scratch / "shipped")
        if grade(exercise, shipped, only_whether_done=True).done:
            finding.problems.append("the exercise is already done as shipped.")
        solved = files.copy(exercise.path, scratch / "solved")
        files.overlay(exercise.solution_path, solved)
        verdict = grade(exercise, solved)
        finding.problems += _solution_problems(exercise, verdict)
        finding.summary = (
            f"{_count(len(verdict.tests), 'solution test')}, valid on {1 + len(exercise.correct)} "
            f"versions, caught {verdict.bugs_caught}/{len(exercise.bugs)} bugs"
            if exercise.kind == "write-tests"
            else f"{_count(len(verdict.tests), 'test')} pass with the solution"
        )
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return finding


def verify(catalogue: Catalogue, numbers: list[int] | None = None) -> list[Finding]:
    chosen = [e for e in catalogue.exercises if not numbers or e.number in numbers]
    return [verify_exercise(e) for e in chosen]
