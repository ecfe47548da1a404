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


def read(path: Path) -> RunResult:
    """Read the plugin's file; a missing or half-written file gives a partial result."""
    result = RunResult()
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except FileNotFoundError:
        return result
    started: str | None = None
    for line in lines:
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            break  # the last line was being written when the process stopped
        if not isinstance(record, dict):
            break
        event = record.get("event")
        if event == "collected":
            result.collected = [str(n) for n in record.get("nodeids", [])]
        elif event == "collect-error":
            result.collect_errors[str(record["nodeid"])] = str(record.get("message", ""))
        elif event == "start":
            started = str(record["nodeid"])
        elif event == "report":
            _merge(result, record)
            if record.get("when") == "teardown":
                started = None
        elif event == "finish":
            result.finished = True
            result.exitstatus = int(record["exitstatus"])
        elif event == "coverage":
            result.coverage = float(record["percent"])
            result.missing_lines = str(record.get("missing", ""))
    result.running = None if result.finished else started
    return result
