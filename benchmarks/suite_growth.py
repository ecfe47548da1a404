"""How the project's test suite time grows with the number of exercises.

Run from the repository root, in the course's environment:

    python benchmarks/suite_growth.py                      # the whole suite, once
    python benchmarks/suite_growth.py -- tests/test_course.py -n 2
    python benchmarks/suite_growth.py --junitxml report.xml   # a report made before

Method. The suite runs once as `python -m pytest -q -p no:randomly --junitxml=FILE -o
junit_duration_report=total`, plus anything given after `--`. The JUnit report gives each
test's time: its setup, call and teardown together (a module- or session-scoped fixture
counts in the setup of the first test that uses it). A test belongs to an exercise when
one of the ids in the brackets of its name (ids of several parameters are joined by `-`)
is the folder of an exercise in the catalogue, e.g.
`test_each_exercise_fails_as_shipped_and_passes_with_its_solution[01_first_tests]`; every
other test is counted as fixed cost. Tests that loop over every exercise inside one test
also grow with the course but are counted as fixed, so the projection is a lower bound.

What it prints:

    wall                     the pytest run's wall-clock time, start to exit (not with
                             --junitxml, which reads a report made before: its time then
                             comes from the report)
    test time                the sum of every test's time in the report; below the wall
                             time by collection and start-up, above it with -n (xdist)
    per-exercise tests       how many tests belong to an exercise, and their summed time
    per exercise             the summed time of one exercise's tests: mean over the
                             exercises, and the largest with its exercise; one line per
                             exercise follows
    projection               for 25 and 50 exercises (or --project): the fixed tests'
                             time plus the mean per exercise times that many exercises,
                             as test time, and as wall time for a run like this one
                             (wall - per-exercise time + mean x exercises, which holds
                             for a serial run; with -n, divide the growth by the workers)

It exits with pytest's exit code (0 when reading a report); a failing suite's times are
still printed. The load average at start and end says how busy the machine was.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ElementTree
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from checker.course.catalogue import load

ROOT = Path(__file__).resolve().parent.parent
PARAMETERS = re.compile(r"\[(?P<ids>.*)\]$")


@dataclass(frozen=True)
class Case:
    """One test in the report."""

    nodeid: str
    seconds: float
    failed: bool


def load_line() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f} (1, 5, 15 min) on {os.cpu_count()} cores"


def read_report(path: Path) -> tuple[list[Case], float]:
    """Every test case in a JUnit XML report, and the report's own total time."""
    tree = ElementTree.parse(path)
    cases = [
        Case(
            f"{case.get('classname', '')}::{case.get('name', '')}",
            float(case.get("time", 0)),
            case.find("failure") is not None or case.find("error") is not None,
        )
        for case in tree.iter("testcase")
    ]
    total = sum(float(suite.get("time", 0)) for suite in tree.iter("testsuite"))
    return cases, total


def exercise_of(nodeid: str, folders: set[str]) -> str | None:
    """The exercise folder among the test's parameter ids, if any."""
    match = PARAMETERS.search(nodeid)
    if match is None:
        return None
    for part in match["ids"].split("-"):
        if part in folders:
            return part
    return None


def run_suite(report: Path, extra: Sequence[str]) -> tuple[int, float]:
    command = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:randomly",
        f"--junitxml={report}",
        "-o",
        "junit_duration_report=total",
        *extra,
    ]
    print("running:", " ".join(command[1:]), flush=True)
    started = time.perf_counter()
    code = subprocess.run(command, cwd=ROOT, check=False, stdout=subprocess.DEVNULL).returncode
    return code, time.perf_counter() - started


def summary(cases: list[Case], wall: float, folders: list[str], targets: list[int]) -> str:
    by_exercise: dict[str, list[Case]] = {folder: [] for folder in folders}
    fixed: list[Case] = []
    for case in cases:
        folder = exercise_of(case.nodeid, set(folders))
        (by_exercise[folder] if folder else fixed).append(case)
    per = {folder: sum(c.seconds for c in found) for folder, found in by_exercise.items()}
    counted = [folder for folder in folders if by_exercise[folder]]
    test_time = sum(c.seconds for c in cases)
    exercise_time = sum(per.values())
    fixed_time = test_time - exercise_time
    lines = [
        f"wall                {wall:8.1f} s",
        f"test time           {test_time:8.1f} s over {len(cases)} tests",
        f"per-exercise tests  {exercise_time:8.1f} s over "
        f"{sum(len(v) for v in by_exercise.values())} tests "
        f"({100 * exercise_time / test_time if test_time else 0:.0f}% of test time), "
        f"{len(counted)} of {len(folders)} exercises have some",
        f"fixed tests         {fixed_time:8.1f} s over {len(fixed)} tests",
    ]
    if not counted:
        lines.append("no test belongs to an exercise: nothing to project")
        return "\n".join(lines)
    mean = statistics.mean(per[f] for f in counted)
    largest = max(counted, key=lambda f: per[f])
    lines.append(
        f"per exercise        mean {mean:.1f} s, max {per[largest]:.1f} s ({largest}), "
        f"min {min(per[f] for f in counted):.1f} s"
    )
    for folder in counted:
        count = len(by_exercise[folder])
        lines.append(f"    {folder:32} {per[folder]:6.1f} s  {count:3} test{'s' * (count != 1)}")
    for target in targets:
        lines.append(
            f"projection for {target:3} exercises: test time {fixed_time + mean * target:7.1f} s, "
            f"wall {wall - exercise_time + mean * target:7.1f} s"
        )
    return "\n".join(lines)


def arguments(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Run the project's tests once and show how their time grows per "
        "exercise (the module's docstring says how and what each number means).",
        usage="%(prog)s [-h] [--junitxml FILE] [--project N,N] [-- PYTEST_ARGS ...]",
    )
    parser.add_argument(
        "--junitxml",
        type=Path,
        default=None,
        metavar="FILE",
        help="read this JUnit XML report of an earlier run instead of running the suite",
    )
    parser.add_argument(
        "--project",
        default="25,50",
        metavar="N,N",
        help="exercise counts to project the suite's time to (default 25,50)",
    )
    parser.add_argument(
        "pytest_args",
        nargs=argparse.REMAINDER,
        help="arguments for pytest, after `--` (for example a test file, -m, -n 2)",
    )
    options = parser.parse_args(argv)
    if options.pytest_args[:1] == ["--"]:
        options.pytest_args = options.pytest_args[1:]
    try:
        options.project = [int(n) for n in options.project.split(",") if n.strip()]
    except ValueError:
        parser.error(f"--project takes comma-separated numbers, not {options.project}")
    if options.junitxml is not None and options.pytest_args:
        parser.error("--junitxml reads a report; it runs nothing, so it takes no pytest arguments")
    return options


def main(argv: Sequence[str] | None = None) -> int:
    options = arguments(argv)
    folders = [e.folder for e in load(ROOT).exercises]
    print(f"load average at start: {load_line()}", flush=True)
    if options.junitxml is not None:
        cases, wall = read_report(options.junitxml)
        code = 0
    else:
        with tempfile.TemporaryDirectory(prefix="suite-growth-") as scratch:
            report = Path(scratch) / "report.xml"
            code, wall = run_suite(report, options.pytest_args)
            if not report.is_file():
                print(f"pytest wrote no report (exit {code})", file=sys.stderr)
                return code or 1
            cases, _ = read_report(report)
        print(f"pytest exit code    {code}")
    for case in cases:
        if case.failed:
            print(f"failed or error     {case.nodeid}")
    print(summary(cases, wall, folders, options.project))
    print(f"load average at end: {load_line()}")
    return code


if __name__ == "__main__":
    sys.exit(main())
