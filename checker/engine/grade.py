"""The verdict on an exercise: valid, thorough, constructs, coverage, collection.

For a write-tests exercise the learner's suite runs against the reference, against every
other correct version and against every planted bug, each in a process of its own. It is
*valid* when every test passes on every correct version, *thorough* when every planted
bug makes a test fail. Other kinds of exercise use the parts that apply to them.

**Every run looks the same.** Each version runs in a fresh copy of the learner's folder,
at a random path that ends in the exercise's own folder name, with the course's copy of
the subject and of every locked file (:mod:`checker.engine.pristine`), the same file modes and
timestamps, the same arguments and environment. The runs go in a random order, and the
reference runs a second time among the planted bugs: a suite that counts its runs, or
remembers the last one, gives itself away there. So the only thing a test can tell
apart is what the code under test does.

**Each side of a condition.** Where the catalogue names a condition (an environment, or
a way of running the suite: under pytest-xdist, with ``-m unit``, in random orders), the
reference and the other correct versions run on each side of it, and the suite must be
right (valid) on each; the planted bugs run on the default side. Random orders get fresh
seeds every time, named in the message with the command that repeats the order.

**Hygiene, where the exercise asks for it.** With ``forbid_sleep`` a call of
``time.sleep`` fails the test that made it (:mod:`checker.engine.sleep_guard`); with
``no_leftovers`` a file that a run of a correct version leaves in its folder or in the
temporary folder (outside pytest's own ``tmp_path`` area) makes the suite not valid.
"""

from __future__ import annotations

import os
import random
import re
import secrets
import shutil
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path

from checker.course import exercise as files
from checker.course.catalogue import Condition, Exercise
from checker.engine import constructs, pristine, run
from checker.engine.results import RunResult, TestResult, Use
from checker.engine.screen import Problem, screen
from checker.engine.spec import XDIST, RunSpec

REFERENCE = "the reference"


@dataclass
class BugResult:
    name: str
    caught: bool
    caught_by: list[str]
    timed_out: bool
    hint: str


@dataclass
class Verdict:
    """Everything the checker found out about one exercise; ``done`` sums it up."""

    number: int
    folder: str
    kind: str
    done: bool = False
    problems: list[Problem] = field(default_factory=list)
    collected: list[str] = field(default_factory=list)
    tests: list[TestResult] = field(default_factory=list)
    valid: bool | None = None
    invalid_reasons: list[str] = field(default_factory=list)
    bugs: list[BugResult] = field(default_factory=list)
    bugs_checked: bool = False
    constructs_missing: list[str] = field(default_factory=list)
    coverage: float | None = None
    coverage_goal: float | None = None
    coverage_missing: str = ""
    collection_missing: list[str] = field(default_factory=list)
    collection_unexpected: list[str] = field(default_factory=list)
    output: str = ""
    output_truncated: bool = False
    notes: list[str] = field(default_factory=list)
    backend: str | None = None
    construct_messages: list[str] = field(default_factory=list)
    settings_missing: list[str] = field(default_factory=list)

    @property
    def thorough(self) -> bool:
        return self.bugs_checked and all(b.caught for b in self.bugs)

    @property
    def bugs_caught(self) -> int:
        return sum(b.caught for b in self.bugs)


def _stopped(result: RunResult, version: str, timeout: float) -> str | None:
    if result.running:
        where = f" while running {result.running}"
    elif not result.collected:
        where = " while collecting the tests (importing the test files and conftest.py)"
    else:
        where = ""
    if result.supervisor_killed:
        return (
            f"On {version}, the process that watches the run was stopped{where}: a test "
            "sent a signal to its parent process. Tests must leave other processes alone."
        )
    if result.timed_out:
        return (
            f"On {version}, the run took longer than {timeout:g} s and was stopped{where}. "
            "Look for a loop that never ends or a wait on something that never comes."
        )
    if result.ended_early and not result.running:
        # pytest gave up before any test ran: a conftest.py that does not import, a
        # warning the configuration makes an error, a setting pytest refuses.
        return f"On {version}, pytest stopped before running any test.\n" + (
            _pytest_said(result) or "It said nothing."
        )
    if result.ended_early:
        return (
            f"On {version}, the test process ended before pytest finished{where}: a test "
            "called os._exit() or crashed the interpreter. Tests must return normally."
        )
    return None


NOTHING_COLLECTED = {
    "configure": "With this configuration pytest collects nothing. Compare what it should "
    "find (the README lists it) with the settings that decide where pytest looks and which "
    "names it takes for tests; `pytest --collect-only -q` in the folder shows what it finds.",
    "other": "No tests were collected. Write functions named `test_...` in files named "
    "`test_*.py` in the exercise folder.",
}
PYTEST_STOPPED = (2, 3, 4)
VERB = {"failed": "fails", "error": "errors"}  # interrupted, internal error, usage error


def _pytest_said(result: RunResult, lines: int = 12) -> str:
    tail = "\n".join(result.output.rstrip().splitlines()[-lines:])
    return f"pytest said:\n{tail}" if tail else ""


def _validity(
    result: RunResult,
    version: str,
    exercise: Exercise,
    expected: dict[str, str],
    expect_ids: list[str] | None = None,
    side_hint: str | None = None,
) -> list[str]:
    """Why the suite is not valid on one correct version (empty when it is).

    Every test must pass, except given tests for which the catalogue expects another
    outcome (a skip or an xfail that the exercise is about). In a configure exercise only
    the tests it expects count here; anything else is reported as collected by mistake.
    """
    if result.tampered:
        return [
            f"On {version}, the record of the run was changed while it ran ({result.tampered}). "
            "Tests must not touch pytest's reporting or the checker's files."
        ]
    if stopped := _stopped(result, version, exercise.timeout):
        return [stopped]
    reasons = [
        f"pytest could not collect {nodeid or 'the tests'}:\n{message}"
        for nodeid, message in result.collect_errors.items()
    ]
    if not reasons and not result.collected:
        nothing = NOTHING_COLLECTED.get(exercise.kind, NOTHING_COLLECTED["other"])
        side = version.removeprefix(REFERENCE)
        reasons.append(f"On {version}: {nothing}" if side else nothing)
    if reasons or (result.exitstatus in PYTEST_STOPPED and not result.tests):
        if not result.collect_errors:
            reasons.append(_pytest_said(result) or "pytest stopped before running any test.")
        return reasons
    if expect_ids is not None and sorted(result.collected) != sorted(expect_ids):
        added = sorted(set(result.collected) - set(expect_ids))
        gone = sorted(set(expect_ids) - set(result.collected))
        return [
            f"Your tests are not the same on {version} as on the reference "
            f"(only here: {added or 'none'}; missing here: {gone or 'none'}). "
            "A test suite must not change with the code it tests."
        ]
    counted = set(exercise.expect_collected) if exercise.kind == "configure" else None
    for test in result.tests.values():
        want = expected.get(test.nodeid, "passed")
        if test.outcome == want or (counted is not None and test.nodeid not in counted):
            continue
        if want != "passed":
            reasons.append(
                f"{test.nodeid} should be {want}, but it {test.outcome}.\n{test.message}"
            )
        elif test.outcome == "xpassed":
            reasons.append(
                f"{test.nodeid} is marked xfail but passed on {version}. A test here must "
                "simply pass: remove the xfail mark."
            )
        elif test.outcome in ("skipped", "xfailed"):
            reasons.append(
                f"{test.nodeid} was {test.outcome} on {version}. A test that does "
                "not run proves nothing: every test must run and pass here."
            )
        elif exercise.kind != "write-tests":
            side = version.removeprefix(REFERENCE)  # "" or " (when ...)"
            reasons.append(
                f"{test.nodeid} {VERB.get(test.outcome, test.outcome)}{side}: it needs "
                "something your files do not "
                f"provide yet, or provide differently.\n{test.message}"
            )
        elif side_hint is not None:
            reasons.append(
                f"{test.nodeid} {VERB.get(test.outcome, test.outcome)} on {version}: "
                f"{side_hint}\n{test.message}"
            )
        elif version == REFERENCE:
            reasons.append(
                f"{test.nodeid} fails on the reference, which is correct: the test "
                f"expects something the code does not do.\n{test.message}"
            )
        else:
            reasons.append(
                f"{test.nodeid} fails on {version}, which is also correct: the test "
                "relies on a detail the exercise does not promise.\n" + test.message
            )
    for nodeid in sorted(set(expected) - set(result.tests)):
        if counted is None or nodeid in result.collected:
            reasons.append(f"{nodeid} did not run; it should have {expected[nodeid]}.")
    return reasons


# Timestamps every copy gets, so that no run looks newer than another.
SAME_TIME = 946_684_800  # 2000-01-01


def _normalise(folder: Path) -> None:
    """The same modes and timestamps on every file and folder of a run's copy."""
    for here, folders, names in os.walk(folder):
        for name in names:
            path = os.path.join(here, name)
            if not os.path.islink(path):
                os.chmod(path, 0o644)
                os.utime(path, (SAME_TIME, SAME_TIME))
        for name in folders:
            path = os.path.join(here, name)
            if not os.path.islink(path):
                os.chmod(path, 0o755)
    os.utime(folder, (SAME_TIME, SAME_TIME))
    for here, folders, _ in os.walk(folder):
        for name in folders:
            path = os.path.join(here, name)
            if not os.path.islink(path):
                os.utime(path, (SAME_TIME, SAME_TIME))


# What a run may leave in its folder: the caches of Python, pytest and pytest-benchmark.
CACHES = frozenset({"__pycache__", ".pytest_cache", ".benchmarks"})


def _listing(folder: Path) -> set[str]:
    """Every file and folder under ``folder``, relative to it."""
    found = set()
    for here, folders, names in os.walk(folder):
        folders[:] = [name for name in folders if name not in CACHES]
        for name in [*folders, *names]:
            found.add(os.path.relpath(os.path.join(here, name), folder))
    return found


def _files_left(spec: RunSpec, shipped: set[str]) -> list[str]:
    """What the run left in its folder, and in its temporary folder outside pytest's
    own area (``pytest-of-<user>``, where ``tmp_path`` lives)."""
    found = sorted(_listing(spec.workdir) - shipped)
    # A new folder's contents need no separate mention.
    found = [p for p in found if not any(p.startswith(f"{q}{os.sep}") for q in found)]
    if spec.tmpdir.is_dir():
        names = os.listdir(spec.tmpdir)
        found += sorted(f"$TMPDIR/{n}" for n in names if not n.startswith("pytest-of-"))
    return found


@dataclass(frozen=True)
class Side:
    """One side of the exercise's conditions: a name for messages, what to set and unset."""

    name: str | None
    environment: dict[str, str]
    unset: tuple[str, ...]
    expect_outcomes: dict[str, str]
    args: tuple[str, ...] = ()
    plugins: tuple[str, ...] = ()
    expect_run: tuple[str, ...] | None = None
    # What a test that fails on this side (and passes on the default one) usually means.
    failing: str | None = None
    # This side runs the same tests as the default one, only another way (another order,
    # xdist's workers): what they catch must not change.
    same_tests: bool = False

    def on(self, version: str) -> str:
        return version if self.name is None else f"{version} (when {self.name})"


RANDOMLY = "randomly"  # pytest-randomly's plugin name
IN_ANOTHER_ORDER = (
    "it depends on what another test did before it (state a test left behind, a module "
    "variable, a file), or on the order itself. Each test must set up what it needs."
)
IN_PARALLEL = (
    "it depends on something the other worker's tests share with it (a fixed file "
    "path, a port, one database, state that a session fixture sets up once per worker). "
    "Give each worker its own, from `tmp_path` or `worker_id`."
)


def sides(exercise: Exercise) -> list[Side]:
    """The default side (every condition's variables unset), then each condition's sides:
    one, or one per random order, each with a seed of its own."""
    variables = tuple(sorted({v for c in exercise.conditions for v in c.environment}))
    found = [Side(None, {}, variables, dict(exercise.expect_outcomes))]
    for condition in exercise.conditions:
        side = Side(
            condition.name,
            dict(condition.environment),
            tuple(v for v in variables if v not in condition.environment),
            {**exercise.expect_outcomes, **condition.expect_outcomes},
            condition.args,
            condition.plugins,
            condition.expect_run,
        )
        if XDIST in side.plugins:
            side = replace(side, failing=IN_PARALLEL, same_tests=_only_xdist(condition))
        if not condition.random_orders:
            found.append(side)
            continue
        plugins = side.plugins if RANDOMLY in side.plugins else (*side.plugins, RANDOMLY)
        for seed in random.sample(range(1, 1_000_000), condition.random_orders):
            repeat = f"pytest -p {RANDOMLY} -p no:cacheprovider --randomly-seed={seed}"
            found.append(
                replace(
                    side,
                    name=f"{condition.name}, seed {seed}: `{repeat}` repeats that order",
                    plugins=plugins,
                    args=(*side.args, f"--randomly-seed={seed}"),
                    failing=IN_ANOTHER_ORDER,
                    same_tests=not (condition.environment or condition.args),
                )
            )
    return found


# Arguments that only say how pytest-xdist spreads the same tests over its workers.
XDIST_ARGS = re.compile(r"-n|--numprocesses(=.*)?|\d+|auto|logical|--dist(=.*)?|load\w*|each")


def _only_xdist(condition: Condition) -> bool:
    """Whether a condition runs the same tests under pytest-xdist and changes nothing else."""
    return (
        set(condition.plugins) <= {XDIST, RANDOMLY}
        and not condition.environment
        and not condition.expect_outcomes
        and all(XDIST_ARGS.fullmatch(arg) for arg in condition.args)
    )


def _ran(result: RunResult, side: Side, version: str) -> list[str]:
    """Where a side says which tests must run (a selection such as ``-m unit``): why the
    tests that ran are not those (empty when they are)."""
    if side.expect_run is None or not result.finished or result.tampered:
        return []
    ran = set(result.tests)
    extra = sorted(ran - set(side.expect_run))
    missing = sorted(set(side.expect_run) - ran)
    if not (extra or missing):
        return []
    parts = [f"On {version}, the tests that ran are not the ones that should."]
    if extra:
        parts.append("These ran and should not: " + ", ".join(extra) + ".")
    if missing:
        parts.append("These should have run and did not: " + ", ".join(missing) + ".")
    return [" ".join(parts)]


def _hygiene(result: RunResult, version: str, exercise: Exercise) -> list[str]:
    """Sleeps and files left behind, where the exercise forbids them (see the module)."""
    reasons = []
    for use in result.sleeps if exercise.forbid_sleep else ():
        test = f"{use.nodeid}" if use.nodeid else "Something outside any test"
        if use.name == "replaced":
            reasons.append(
                f"{test} replaced time.sleep and did not put it back. Patch it for one "
                "test with `monkeypatch.setattr`, which undoes itself."
            )
        else:
            where = f" at {use.file}, line {use.line}" if use.line else ""
            reasons.append(
                f"{test} called {use.name}{where} on {version}. A test that sleeps is slow "
                "and still a guess: wait for the condition, or give the code a sleep or "
                "clock that the test controls."
            )
    if exercise.no_leftovers and result.leftovers:
        reasons.append(
            f"On {version}, your tests left files behind: {', '.join(result.leftovers)}. "
            "Write files under `tmp_path` (pytest removes old ones for you), or remove "
            "what a test makes in the clean-up of a yield fixture."
        )
    return reasons


@dataclass
class _Run:
    """One planned run: which version, on which side, and where."""

    kind: str  # "reference", "correct", "bug", "again" (the reference, a second time)
    name: str
    side: Side
    measure: bool = False  # measure coverage in this run
    spec: RunSpec | None = None
    result: RunResult | None = None
    # A planted bug run a second time, on a side that must not change what the tests
    # catch (another order, xdist's workers): see Grader._bugs.
    cross_check: bool = False


def _refusal(use: Use, allowed: tuple[str, ...] = ()) -> Problem:
    if allowed:
        rule = (
            "This exercise lets your files implement "
            + ", ".join(f"`{name}`" for name in allowed)
            + " and no other hook: the checker decides how tests run and what is reported."
        )
    else:
        rule = (
            "Learner files may define tests and fixtures, not hooks: the checker decides "
            "how tests run and what is reported."
        )
    return Problem(
        "refused",
        f"{use.file}, line {use.line}: `{use.name}` is a pytest hook. {rule} "
        "Remove it (however it is registered).",
        use.file,
        use.line,
    )


SELECTING = {
    "keyword": "-k",
    "deselect": "--deselect",
    "ignore": "--ignore",
    "ignore_glob": "--ignore-glob",
}


def _selection_problems(result: RunResult) -> list[Problem]:
    """Where what pytest collects is graded: tests picked by name or path around the
    settings the chapter teaches (what pytest was told, however it was told)."""
    used = [flag for key, flag in SELECTING.items() if result.selection.get(key)]
    return [
        Problem(
            "refused",
            f"Your configuration picks tests by name or path with `{flag}`. This exercise "
            "is solved with the settings the chapter teaches (where pytest looks and which "
            "names it takes for tests); remove it.",
        )
        for flag in used
    ]


class Grader:
    """Runs one exercise's versions in scratch folders that it removes afterwards."""

    def __init__(
        self, exercise: Exercise, folder: Path | None = None, sandbox: tuple[str, ...] = ()
    ) -> None:
        self.exercise = exercise
        self.folder = folder or exercise.path
        self.sandbox = sandbox  # containment steps for every run (checker.engine.sandbox)
        self.scratch = Path(tempfile.mkdtemp(prefix="checker-"))
        self.stage = self.scratch / "stage" / exercise.folder

    def close(self) -> None:
        shutil.rmtree(self.scratch, ignore_errors=True)

    def __enter__(self) -> Grader:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # -- the places runs happen in ------------------------------------------------

    def _build_stage(self, course: pristine.Pristine) -> None:
        """The learner's files with the course's copy of every protected file."""
        shutil.copytree(
            self.folder,
            self.stage,
            symlinks=True,
            ignore=shutil.ignore_patterns(*files.IGNORED, "*.pyc"),
        )
        for name, content in course.files.items():
            target = self.stage / name
            target.parent.mkdir(parents=True, exist_ok=True)
            if target.is_symlink():
                target.unlink()
            target.write_bytes(content)

    def _subject_text(self, plan: _Run) -> str | None:
        if plan.kind in ("reference", "again"):
            return None
        assert self.exercise.subject is not None
        return files.version_text(self.exercise, plan.kind, plan.name, self.stage)

    def _prepare(self, plan: _Run) -> RunSpec:
        token = secrets.token_hex(8)
        base = self.scratch / token
        workdir = base / self.exercise.folder
        shutil.copytree(self.stage, workdir, symlinks=True, copy_function=shutil.copyfile)
        text = self._subject_text(plan)
        if text is not None:
            assert self.exercise.subject is not None
            (workdir / self.exercise.subject).write_text(text, encoding="utf-8")
        _normalise(workdir)
        tmp = base / "tmp"
        tmp.mkdir()
        records = self.scratch / "records"
        records.mkdir(exist_ok=True)
        exercise = self.exercise
        return RunSpec(
            workdir=workdir,
            results=records / f"{token}.jsonl",
            output=records / f"{token}.out",
            status=records / f"{token}.status",
            tmpdir=tmp,
            timeout=exercise.timeout,
            plugins=(*exercise.plugins, *plan.side.plugins),
            args=(*exercise.args, *plan.side.args),
            # Coverage is measured in the first run of the reference only: a test that
            # looks for the tracer finds it nowhere else, the reference's second run
            # included, so it cannot tell a planted bug from a correct version by it.
            coverage_of=exercise.subject
            if plan.measure and exercise.coverage is not None
            else None,
            allowed_hooks=exercise.hooks,
            environment=plan.side.environment,
            unset=plan.side.unset,
            sandbox=self.sandbox,
            forbid_sleep=exercise.forbid_sleep,
        )

    def _execute(self, plans: list[_Run]) -> None:
        """Run the plans side by side in a random order; messages name the learner's folder.

        The reference's run that measures coverage (the slowest, under a tracer) starts
        first, so that the others run beside it instead of after it: it was already the
        one run that differs, and the order of the rest says nothing of which is which.
        """
        order = list(plans)
        random.shuffle(order)
        order.sort(key=lambda plan: not plan.measure)
        for plan in order:
            plan.spec = self._prepare(plan)
        specs = [plan.spec for plan in order if plan.spec is not None]
        # Only where the exercise refuses leftovers: walking every copy costs each run.
        shipped = _listing(self.stage) if self.exercise.no_leftovers else None
        try:
            outcomes = run.execute_many(specs)
            for spec, result in zip(specs, outcomes, strict=True):
                if shipped is not None:
                    result.leftovers = _files_left(spec, shipped)
        finally:
            for spec in specs:
                shutil.rmtree(spec.workdir.parent, ignore_errors=True)
        for plan, result in zip(order, outcomes, strict=True):
            assert plan.spec is not None
            here, there = str(plan.spec.workdir), str(self.folder)
            for test in result.tests.values():
                test.message = test.message.replace(here, there)
            result.collect_errors = {
                nodeid: message.replace(here, there)
                for nodeid, message in result.collect_errors.items()
            }
            result.output = result.output.replace(here, there)
            plan.result = result

    # -- the verdict ----------------------------------------------------------------

    def _edits(self, course: pristine.Pristine) -> tuple[list[str], list[Problem]]:
        """What the learner changed of the course's files: notes, or why it cannot grade."""
        notes = [
            f"You changed {name}, which the course provides: your tests ran against the "
            f"course's copy. `git checkout -- {self.folder / name}` puts it back."
            for name in course.edited
            if name not in course.unavailable
        ]
        problems = [
            Problem(
                "locked",
                f"{name} is not as the course shipped it, and the checker cannot find the "
                "course's copy (no git history here). Restore it as shipped, for example "
                f"with `git checkout -- {self.folder / name}` or from a fresh copy of the "
                "course.",
                name,
            )
            for name in course.unavailable
        ]
        return notes, problems

    def grade(self, only_whether_done: bool = False) -> Verdict:
        """The whole verdict; with ``only_whether_done``, planted bugs are not run when
        the rest already shows that the exercise is not done (what `verify` needs to know
        of an exercise as shipped)."""
        exercise = self.exercise
        verdict = Verdict(exercise.number, exercise.folder, exercise.kind)
        verdict.problems = screen(exercise, self.folder)
        if verdict.problems:
            return verdict
        course = pristine.collect(exercise, self.folder)
        verdict.notes, verdict.problems = self._edits(course)
        if verdict.problems:
            return verdict
        if exercise.backend_variable:
            verdict.backend = os.environ.get(exercise.backend_variable) or None
        self._build_stage(course)
        every_side = sides(exercise)
        side_plugins = sorted({plugin for side in every_side for plugin in side.plugins})
        run.warm_up([self.stage], (*exercise.plugins, *side_plugins))
        first = [
            _Run("reference", "reference", side, measure=side is every_side[0])
            for side in every_side
        ]
        first += [_Run("correct", name, side) for side in every_side for name in exercise.correct]
        self._execute(first)
        by_side = {id(plan.side): plan.result for plan in first if plan.kind == "reference"}
        reference = by_side[id(every_side[0])]
        assert reference is not None
        verdict.output, verdict.output_truncated = reference.output, reference.output_truncated
        verdict.collected = reference.collected
        verdict.tests = list(reference.tests.values())
        refused = {use for plan in first if plan.result for use in plan.result.refused_hooks}
        if refused:
            verdict.problems = [_refusal(use, exercise.hooks) for use in sorted(refused, key=str)]
            return verdict
        if exercise.expect_collected and (problems := _selection_problems(reference)):
            verdict.problems = problems
            return verdict
        for plan in first:
            assert plan.result is not None
            expect_ids = None
            if plan.kind == "reference":
                version = plan.side.on(REFERENCE)
            else:
                version = plan.side.on(f"the correct version '{plan.name}'")
                expect_ids = by_side[id(plan.side)].collected  # type: ignore[union-attr]
            # Where a side expects certain tests to run, a run that finished with others
            # (or none) says so first.
            verdict.invalid_reasons += _ran(plan.result, plan.side, version) or _validity(
                plan.result,
                version,
                exercise,
                plan.side.expect_outcomes,
                expect_ids,
                plan.side.failing,
            )
            # Sleeps and leftovers first: a test the sleep guard failed also fails.
            hygiene = _hygiene(plan.result, version, exercise)
            verdict.invalid_reasons[:0] = [r for r in hygiene if r not in verdict.invalid_reasons]
            if plan.kind == "reference" and verdict.invalid_reasons:
                break
        verdict.valid = not verdict.invalid_reasons
        self._collection_and_coverage(verdict, reference)
        in_force = reference.selection.get("settings", {})
        verdict.settings_missing = [s for s in exercise.settings if not in_force.get(s)]
        rest_done = verdict.valid and not (
            verdict.settings_missing
            or verdict.collection_missing
            or verdict.collection_unexpected
            or (exercise.coverage is not None and (verdict.coverage or 0) < exercise.coverage)
        )
        catching: set[str] | None = None
        if verdict.valid and exercise.bugs:
            if only_whether_done and not rest_done:
                verdict.constructs_missing = [
                    m.rule.name for m in constructs.missing(exercise.constructs, reference, None)
                ]
                return verdict
            catching = self._bugs(verdict, every_side)
        if verdict.valid:
            unmet = constructs.missing(exercise.constructs, reference, catching)
            verdict.constructs_missing = [m.rule.name for m in unmet]
            verdict.construct_messages = [m.message for m in unmet]
        verdict.done = (
            bool(verdict.valid)
            and rest_done
            and not verdict.constructs_missing
            and (verdict.thorough or not exercise.bugs)
        )
        return verdict

    def _bugs(self, verdict: Verdict, every_side: list[Side]) -> set[str]:
        """Run every planted bug, with the reference again among them.

        On the default side, unless the catalogue's ``bug_sides`` puts a bug on the side
        of a condition (the unit tests alone, with ``-m unit``, must catch a bug in pure
        logic): a condition decides where the suite must be right (valid), and the
        planted bugs break rules that hold on every side.
        """
        exercise = self.exercise
        default = every_side[0]
        named = {side.name: side for side in every_side[1:]}
        plans = [
            _Run("bug", name, named.get(exercise.bug_sides.get(name, ""), default))
            for name in exercise.bugs
        ]
        plans.append(_Run("again", "reference", default))
        # On each side that only runs the same tests another way (in another order, on
        # xdist's workers), one planted bug drawn at random runs too: a suite that tests
        # less there (that notices pytest-randomly or xdist and goes easy) lets it escape.
        default_bugs = [name for name in exercise.bugs if name not in exercise.bug_sides]
        for side in every_side[1:]:
            if side.same_tests and default_bugs:
                plans.append(_Run("bug", random.choice(default_bugs), side, cross_check=True))
        self._execute(plans)
        verdict.bugs_checked = True
        for plan in plans:
            assert plan.result is not None
            if plan.kind == "again":
                reasons = _validity(
                    plan.result, plan.side.on(REFERENCE), exercise, plan.side.expect_outcomes
                )
                if reasons:
                    verdict.valid = False
                    verdict.invalid_reasons.append(
                        "Your tests gave another result on the reference when it ran a "
                        "second time. They depend on something besides the code under test "
                        "(a file an earlier run left, a count of runs, the time, the order "
                        "of tests): make each run start from nothing.\n" + reasons[0]
                    )
        caught: dict[str, BugResult] = {}
        for name, hint in exercise.bugs.items():
            if where := exercise.bug_sides.get(name):
                hint = f"{hint} (Only the tests that run when {where} count for this one.)"
            caught[name] = BugResult(name, False, [], False, hint)
        for plan in plans:
            if plan.kind != "bug" or plan.cross_check:
                continue
            assert plan.result is not None
            bug = caught[plan.name]
            bug.caught = bug.caught or plan.result.caught()
            bug.timed_out = bug.timed_out or plan.result.timed_out
            for test in plan.result.failed_tests():
                if test.nodeid not in bug.caught_by:
                    bug.caught_by.append(test.nodeid)
        verdict.bugs = [caught[name] for name in exercise.bugs]
        for plan in plans:
            assert plan.result is not None
            if plan.cross_check and caught[plan.name].caught and not plan.result.caught():
                verdict.valid = False
                verdict.invalid_reasons.append(
                    f"Your tests catch the planted bug '{plan.name}' when pytest runs "
                    f"them plainly, but not when {plan.side.name}. A suite must test the "
                    "same things however it is run: look for a test that checks less, "
                    "or is skipped, under another order or on xdist's workers."
                )
        return {nodeid for bug in verdict.bugs for nodeid in bug.caught_by}

    def _collection_and_coverage(self, verdict: Verdict, reference: RunResult) -> None:
        """What needs no other run than the reference."""
        exercise = self.exercise
        if exercise.expect_collected:
            expected = set(exercise.expect_collected)
            verdict.collection_missing = sorted(expected - set(reference.collected))
            verdict.collection_unexpected = sorted(set(reference.collected) - expected)
        if exercise.coverage is not None:
            verdict.coverage_goal = exercise.coverage
            verdict.coverage = reference.coverage
            verdict.coverage_missing = reference.missing_lines


def grade(
    exercise: Exercise, folder: Path | None = None, only_whether_done: bool = False
) -> Verdict:
    """Grade ``exercise`` as it stands in ``folder`` (by default the learner's folder)."""
    with Grader(exercise, folder) as grader:
        return grader.grade(only_whether_done)
