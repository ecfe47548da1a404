"""The verdict on an exercise: valid, thorough, constructs, coverage, collection.

For a write-tests exercise the learner's suite runs against the reference (in the
learner's folder), against every other correct version and against every planted bug,
each in a process of its own. It is *valid* when every test passes on every correct
version, *thorough* when every planted bug makes a test fail. Other kinds of exercise
use the parts that apply to them.
"""

from __future__ import annotations

import ast
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from checker import constructs, run
from checker import exercise as files
from checker.catalogue import Exercise
from checker.results import RunResult, TestResult
from checker.screen import Problem, screen
from checker.spec import RunSpec

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
    if result.timed_out:
        return (
            f"On {version}, the run took longer than {timeout:g} s and was stopped{where}. "
            "Look for a loop that never ends or a wait on something that never comes."
        )
    if result.ended_early and not result.running and result.returncode in PYTEST_STOPPED:
        # pytest gave up before its session began: a conftest.py that does not import.
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
    expect_ids: list[str] | None = None,
) -> list[str]:
    """Why the suite is not valid on one correct version (empty when it is).

    Every test must pass, except given tests for which the catalogue expects another
    outcome (a skip or an xfail that the exercise is about). In a configure exercise only
    the tests it expects count here; anything else is reported as collected by mistake.
    """
    expected = exercise.expect_outcomes
    if stopped := _stopped(result, version, exercise.timeout):
        return [stopped]
    reasons = [
        f"pytest could not collect {nodeid or 'the tests'}:\n{message}"
        for nodeid, message in result.collect_errors.items()
    ]
    if not reasons and not result.collected:
        reasons.append(NOTHING_COLLECTED.get(exercise.kind, NOTHING_COLLECTED["other"]))
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
            reasons.append(
                f"{test.nodeid} {VERB.get(test.outcome, test.outcome)}: it needs something "
                "your files do not "
                f"provide yet, or provide differently.\n{test.message}"
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


class Grader:
    """Runs one exercise's versions in a scratch folder that it removes afterwards."""

    def __init__(self, exercise: Exercise, folder: Path | None = None) -> None:
        self.exercise = exercise
        self.folder = folder or exercise.path
        self.scratch = Path(tempfile.mkdtemp(prefix=f"checker-{exercise.folder}-"))

    def close(self) -> None:
        shutil.rmtree(self.scratch, ignore_errors=True)

    def __enter__(self) -> Grader:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def _spec(self, name: str, workdir: Path, coverage: bool = False) -> RunSpec:
        return RunSpec(
            workdir=workdir,
            results=self.scratch / f"{name}.results.jsonl",
            output=self.scratch / f"{name}.output.txt",
            timeout=self.exercise.timeout,
            plugins=self.exercise.plugins,
            args=self.exercise.args,
            coverage_of=self.exercise.subject if coverage else None,
        )

    def _version(self, kind: str, name: str) -> RunSpec:
        """A scratch copy of the learner's folder with one version in place of the subject."""
        assert self.exercise.subject is not None
        workdir = files.copy(self.folder, self.scratch / f"{kind}-{name}")
        text = files.version_text(self.exercise, kind, name, self.folder)
        (workdir / self.exercise.subject).write_text(text, encoding="utf-8")
        return self._spec(f"{kind}-{name}", workdir)

    def _execute(self, specs: list[RunSpec]) -> list[RunResult]:
        """Run the specs side by side; messages name the learner's folder, not a copy."""
        outcomes = run.execute_many(specs)
        for spec, result in zip(specs, outcomes, strict=True):
            for test in result.tests.values():
                test.message = test.message.replace(str(spec.workdir), str(self.folder))
        return outcomes

    def grade(self, only_whether_done: bool = False) -> Verdict:
        """The whole verdict; with ``only_whether_done``, planted bugs are not run when
        the rest already shows that the exercise is not done (what `verify` needs to know
        of an exercise as shipped)."""
        exercise = self.exercise
        verdict = Verdict(exercise.number, exercise.folder, exercise.kind)
        verdict.problems = screen(exercise, self.folder)
        if verdict.problems:
            return verdict
        run.warm_up([self.folder], exercise.plugins)
        # The reference and the other correct versions decide validity: run them together.
        correct = [self._version("correct", name) for name in exercise.correct]
        reference, *others = self._execute(
            [self._spec("reference", self.folder, coverage=exercise.coverage is not None), *correct]
        )
        verdict.output, verdict.output_truncated = reference.output, reference.output_truncated
        verdict.collected = reference.collected
        verdict.tests = list(reference.tests.values())
        verdict.invalid_reasons = _validity(reference, REFERENCE, exercise)
        if not verdict.invalid_reasons:
            for name, result in zip(exercise.correct, others, strict=True):
                verdict.invalid_reasons += _validity(
                    result, f"the correct version '{name}'", exercise, reference.collected
                )
        verdict.valid = not verdict.invalid_reasons
        self._judge_the_rest(verdict, reference)
        rest_done = verdict.valid and not (
            verdict.constructs_missing
            or verdict.collection_missing
            or verdict.collection_unexpected
            or (exercise.coverage is not None and (verdict.coverage or 0) < exercise.coverage)
        )
        if verdict.valid and exercise.bugs and (rest_done or not only_whether_done):
            verdict.bugs_checked = True
            bugs = [self._version("bug", name) for name in exercise.bugs]
            for (name, hint), result in zip(
                exercise.bugs.items(), self._execute(bugs), strict=True
            ):
                caught_by = [t.nodeid for t in result.failed_tests()]
                verdict.bugs.append(
                    BugResult(name, result.caught(), caught_by, result.timed_out, hint)
                )
        verdict.done = rest_done and (verdict.thorough or not exercise.bugs)
        return verdict

    def _judge_the_rest(self, verdict: Verdict, reference: RunResult) -> None:
        """Collection, constructs and coverage: what needs no other run than the reference."""
        exercise = self.exercise
        if exercise.expect_collected:
            expected = set(exercise.expect_collected)
            verdict.collection_missing = sorted(expected - set(reference.collected))
            verdict.collection_unexpected = sorted(set(reference.collected) - expected)
        trees = [ast.parse(p.read_bytes()) for p in files.learner_files(exercise, self.folder)]
        verdict.constructs_missing = [
            r.name for r in constructs.missing(exercise.constructs, trees)
        ]
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
