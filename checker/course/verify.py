"""For maintainers: prove the course is consistent, exercise by exercise.

For each exercise: its files are where the catalogue says, the exercise as shipped is
not done, and its solution, copied over the exercise in a scratch folder, is done, which
for a write-tests exercise means valid on every correct version and catching every
planted bug.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from checker.course import exercise as files
from checker.course.catalogue import Catalogue, Exercise
from checker.course.patches import PatchError
from checker.course.reset import ResetError, shipped
from checker.engine import constructs
from checker.engine.grade import Verdict, grade
from checker.engine.spec import has_config


@dataclass
class Finding:
    number: int
    folder: str
    problems: list[str] = field(default_factory=list)
    summary: str = ""
    source: str = ""  # where "as shipped" came from: a commit, or the working tree
    seconds: float = 0.0

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
        if exercise.subject not in exercise.locked:
            problems.append(
                f"the subject {exercise.subject} is not under [exercises.locked]: the checker "
                "needs its sha256 to grade on the course's copy."
            )
    problems += _configuration(exercise)
    problems += _statement(exercise)
    return problems


def _configuration(exercise: Exercise) -> list[str]:
    """Plain pytest in the folder must load what the checker loads, and nothing else."""
    folder = exercise.path
    if not has_config(folder):
        return ["the exercise has no pytest configuration of its own (pytest.ini)."]
    text = "\n".join(
        p.read_text(encoding="utf-8", errors="replace")
        for p in folder.iterdir()
        if p.name in ("pytest.toml", ".pytest.toml", "pytest.ini", "pyproject.toml", "tox.ini")
    )
    problems = []
    if "--disable-plugin-autoload" not in text:
        problems.append(
            "the exercise's configuration does not say --disable-plugin-autoload: plain "
            "pytest there would load other plugins than the checker."
        )
    problems += [
        f"the exercise's configuration does not load the plugin {plugin} (-p {plugin})."
        for plugin in exercise.plugins
        if f"-p {plugin}" not in text
    ]
    return problems


def _section(readme: str, title: str) -> list[str] | None:
    """The bullets under a ``## title`` heading, or None without that heading."""
    lines = readme.splitlines()
    try:
        start = next(i for i, line in enumerate(lines) if line.strip() == f"## {title}")
    except StopIteration:
        return None
    bullets: list[str] = []
    for line in lines[start + 1 :]:
        if line.startswith("## "):
            break
        if line.startswith("- "):
            bullets.append(line[2:].strip())
        elif line.startswith("  ") and bullets:
            bullets[-1] += " " + line.strip()
    return bullets


def _statement(exercise: Exercise) -> list[str]:
    """The README states every rule a bug guards, and its done-list says all that is checked."""
    readme_path = exercise.path / "README.md"
    if not readme_path.is_file():
        return []
    readme = readme_path.read_text(encoding="utf-8")
    problems: list[str] = []
    if exercise.kind == "write-tests":
        rules = _section(readme, "The rules")
        if rules is None:
            problems.append("the README has no '## The rules' section.")
        else:
            problems += [
                f"the README's rule {rule!r} is not in the catalogue's [exercises.rules]."
                for rule in rules
                if rule not in exercise.rules
            ]
            problems += [
                f"the catalogue's rule {rule!r} is not a bullet under the README's rules."
                for rule in exercise.rules
                if rule not in rules
            ]
        guarded = {bug for bugs in exercise.rules.values() for bug in bugs}
        problems += [
            f"planted bug {bug} guards no rule of [exercises.rules]."
            for bug in exercise.bugs
            if bug not in guarded
        ]
    done = _section(readme, "You are done when")
    if done is None:
        return [*problems, "the README has no '## You are done when' list."]
    said = " ".join(done)
    wanted = [constructs.RULES[c].named for c in exercise.constructs if c in constructs.RULES]
    if exercise.bugs:
        wanted.append("planted bug")
    if exercise.coverage is not None:
        wanted.append(f"{exercise.coverage:g}%")
    wanted += [condition.name for condition in exercise.conditions]
    wanted += ["--" + setting.replace("_", "-") for setting in exercise.settings]
    if exercise.forbid_sleep:
        wanted.append("time.sleep")
    if exercise.no_leftovers:
        wanted.append("no file behind")
    problems += [
        f"the README's done-list does not mention {what!r}, which the checker checks."
        for what in wanted
        if what not in said
    ]
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


def write_as_shipped(exercise: Exercise, target: Path, working_tree: bool = False) -> str:
    """Write the exercise as the course ships it into ``target``; say where it came from.

    The course's committed files (the commit ``checker reset`` trusts), so that a
    learner's work in exercises/ never changes what verify proves; the working tree
    where there is no such history, or when a maintainer asks for it.
    """
    if not working_tree:
        try:
            ship = shipped(exercise)
        except ResetError:
            ship = None
        if ship is not None:
            for name, file in ship.files.items():
                path = target / name
                path.parent.mkdir(parents=True, exist_ok=True)
                if file.link:
                    path.symlink_to(file.content.decode())
                else:
                    path.write_bytes(file.content)
            return f"commit {ship.commit[:10]}"
    files.copy(exercise.path, target)
    return "the working tree"


def verify_exercise(exercise: Exercise, working_tree: bool = False) -> Finding:
    started = time.monotonic()
    finding = Finding(exercise.number, exercise.folder, _layout(exercise))
    if finding.problems:
        return finding
    scratch = Path(tempfile.mkdtemp(prefix="checker-verify-"))
    try:
        as_shipped = scratch / "shipped" / exercise.folder
        finding.source = write_as_shipped(exercise, as_shipped, working_tree)
        if grade(exercise, as_shipped, only_whether_done=True).done:
            finding.problems.append("the exercise is already done as shipped.")
        solved = files.copy(as_shipped, scratch / "solved" / exercise.folder)
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
        finding.seconds = time.monotonic() - started
    return finding


def verify(
    catalogue: Catalogue, numbers: list[int] | None = None, working_tree: bool = False
) -> list[Finding]:
    chosen = [e for e in catalogue.exercises if not numbers or e.number in numbers]
    return [verify_exercise(e, working_tree) for e in chosen]
