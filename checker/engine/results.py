"""Turn the plugin's line-by-line record of a run into one :class:`RunResult`."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

Outcome = Literal["passed", "failed", "error", "skipped", "xfailed", "xpassed"]


@dataclass
class TestResult:
    nodeid: str
    outcome: Outcome
    message: str = ""


@dataclass(frozen=True)
class Use:
    """A construct a test used, or a hook the audit refused: what, where, in which test."""

    name: str
    file: str
    line: int
    nodeid: str | None = None


@dataclass
class ItemInfo:
    """A collected test as the plugin saw it: its function, fixtures and marks."""

    function: tuple[str, int] | None
    fixtures: list[tuple[str, str, int, bool, bool]]  # name, file, line, yields?, async?
    marks: dict[str, bool]


@dataclass
class RunResult:
    """What one pytest process did, as far as the checker can know it."""

    collected: list[str] = field(default_factory=list)
    tests: dict[str, TestResult] = field(default_factory=dict)
    collect_errors: dict[str, str] = field(default_factory=dict)
    finished: bool = False
    exitstatus: int | None = None
    returncode: int | None = None
    timed_out: bool = False
    running: str | None = None
    output: str = ""
    output_truncated: bool = False
    coverage: float | None = None
    missing_lines: str = ""
    items: dict[str, ItemInfo] = field(default_factory=dict)
    constructs: list[Use] = field(default_factory=list)
    refused_hooks: list[Use] = field(default_factory=list)
    selection: dict[str, Any] = field(default_factory=dict)
    deselected: list[str] = field(default_factory=list)
    tampered: str | None = None
    left_behind: int = 0
    supervisor_killed: bool = False
    # Calls of time.sleep where the exercise forbids them; a guard a test replaced.
    sleeps: list[Use] = field(default_factory=list)
    # Files and folders the run left in its folder or its temporary folder.
    leftovers: list[str] = field(default_factory=list)

    @property
    def ended_early(self) -> bool:
        """The process stopped before pytest finished, without a timeout."""
        return not self.finished and not self.timed_out

    def failed_tests(self) -> list[TestResult]:
        return [t for t in self.tests.values() if t.outcome in ("failed", "error")]

    def not_passed(self) -> list[TestResult]:
        return [t for t in self.tests.values() if t.outcome != "passed"]

    def all_passed(self) -> bool:
        """Every collected test ran and passed, in a run that finished cleanly."""
        return (
            self.finished
            and not self.collect_errors
            and bool(self.collected)
            and set(self.tests) == set(self.collected)
            and all(t.outcome == "passed" for t in self.tests.values())
        )

    def caught(self) -> bool:
        """Something in this run failed: what a planted bug must cause."""
        return self.timed_out or bool(self.failed_tests()) or bool(self.collect_errors)


def _merge(result: RunResult, record: dict[str, Any]) -> None:
    nodeid = str(record["nodeid"])
    outcome = str(record["outcome"])
    when = record["when"]
    message = str(record.get("message", ""))
    current = result.tests.get(nodeid)
    if when == "setup" and outcome == "passed":
        return  # the test itself has not run yet: a run cut short here did not pass it
    if outcome == "skipped" and record.get("xfail"):
        new: Outcome = "xfailed"
    elif outcome == "passed" and record.get("xfail"):
        new = "xpassed"
    elif outcome == "failed" and when != "call":
        new = "error"
    elif outcome in ("passed", "failed", "skipped"):
        new = outcome  # type: ignore[assignment]
    else:
        return
    if current is None:
        result.tests[nodeid] = TestResult(nodeid, new, message)
    elif current.outcome == "passed" and new != "passed":
        # A teardown that fails turns a passing test into an error.
        result.tests[nodeid] = TestResult(nodeid, new, message)


def _event(result: RunResult, record: dict[str, Any]) -> None:
    event = record.get("event")
    if event == "collected":
        result.collected = [str(n) for n in record.get("nodeids", [])]
    elif event == "collect-error":
        result.collect_errors[str(record["nodeid"])] = str(record.get("message", ""))
    elif event == "item":
        function = record.get("function")
        result.items[str(record["nodeid"])] = ItemInfo(
            function=(str(function[0]), int(function[1])) if function else None,
            fixtures=[
                (str(f[0]), str(f[1]), int(f[2]), bool(f[3]), bool(f[4]))
                for f in record["fixtures"]
            ],
            marks={str(k): bool(v) for k, v in record.get("marks", {}).items()},
        )
    elif event == "construct":
        nodeid = record.get("nodeid")
        result.constructs.append(
            Use(str(record["name"]), str(record["file"]), int(record["line"]), nodeid)
        )
    elif event == "refused-hook":
        result.refused_hooks.append(
            Use(str(record["hook"]), str(record["file"]), int(record["line"]))
        )
    elif event == "selection":
        result.selection = {k: v for k, v in record.items() if k not in ("event", "seq")}
    elif event == "deselected":
        result.deselected += [str(n) for n in record.get("nodeids", [])]
    elif event in ("sleep", "sleep-replaced"):
        result.sleeps.append(_sleep(record))


def _sleep(record: dict[str, Any]) -> Use:
    nodeid = record.get("nodeid")
    if record["event"] == "sleep-replaced":
        return Use("replaced", "?", 0, str(nodeid))
    name = f"time.sleep({record.get('seconds', '')})"
    return Use(name, str(record["file"]), int(record["line"]), nodeid and str(nodeid))


def _read_workers(path: Path, result: RunResult) -> None:
    """What pytest-xdist's workers recorded (``path.gw0`` and so on): their audit of
    hooks and the sleeps they saw (their test reports reach the main record anyway)."""
    for worker in sorted(path.parent.glob(f"{path.name}.gw*")):
        for line in worker.read_text(encoding="utf-8", errors="replace").splitlines():
            try:
                record = json.loads(line)
                if record.get("event") in ("refused-hook", "sleep", "sleep-replaced"):
                    _event(result, record)
            except (json.JSONDecodeError, AttributeError, KeyError, TypeError, ValueError):
                result.tampered = "a worker's record is not the plugin's"
                return


def read(path: Path, workers: Path | None = None) -> RunResult:
    """Read the plugin's file; a missing or half-written file gives a partial result.

    The record is also checked for tampering: its sequence numbers must run without a
    gap, nothing may follow the end, and the reports must be the ones pytest's own
    terminal reporter saw.
    """
    result = RunResult()
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except FileNotFoundError:
        return result
    started: str | None = None
    expected = 0
    reports: list[list[str]] = []
    seen: list[list[str]] | None = None
    for line in lines:
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            break  # the last line was being written when the process stopped
        if not isinstance(record, dict):
            result.tampered = "a line of the record is not the plugin's"
            break
        event = record.get("event")
        if event == "coverage":
            result.coverage = float(record["percent"])
            result.missing_lines = str(record.get("missing", ""))
            continue
        if record.get("seq") != expected or result.finished:
            result.tampered = "the record has lines the plugin did not write in that order"
            break
        expected += 1
        try:
            if event == "start":
                started = str(record["nodeid"])
            elif event == "report":
                _merge(result, record)
                reports.append([str(record["nodeid"]), str(record["when"]), str(record["outcome"])])
                if record.get("when") == "teardown":
                    started = None
            elif event == "finish":
                result.finished = True
                result.exitstatus = int(record["exitstatus"])
                seen = record.get("seen")
            else:
                _event(result, record)
        except (KeyError, TypeError, ValueError, IndexError):
            result.tampered = "a line of the record is not the plugin's"
            break
    if result.finished and seen is not None and sorted(reports) != sorted(seen):
        result.tampered = "the reports recorded differ from the ones pytest itself saw"
    result.running = None if result.finished else started
    if workers is not None:
        _read_workers(workers, result)
    return result
