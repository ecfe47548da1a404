"""How many students per minute `checker grade --class` grades on this machine.

Run from the repository root:  python benchmarks/grade_class.py [--students 20] [--workers 2]

It generates a class: copies of the course with mixed progress, each exercise in each
copy picked at random (with a fixed seed) to be solved (its solution copied over it),
as shipped, or half done (the solution's test files with only their first half of test
functions). Then it grades the class against the course itself, as an instructor would,
and prints the time, students per minute, the machine's load average before and after,
and what that means for 500 students on one runner and on a CI matrix.

Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STATES = ("solved", "shipped", "half")
TEST_FUNCTION = re.compile(r"^(?=(?:async )?def test_)", re.MULTILINE)


def half(text: str) -> str:
    """The first half of a test file's test functions (and everything before them)."""
    parts = TEST_FUNCTION.split(text)
    head, tests = parts[0], parts[1:]
    return head + "".join(tests[: max(1, len(tests) // 2)]) if tests else text


def make_student(folder: Path, chooser: random.Random) -> dict[str, str]:
    """One copy of the course in ``folder``; which state each exercise is in."""
    shutil.copytree(ROOT / "exercises", folder / "exercises")
    states = {}
    for solution in sorted((ROOT / "solutions").iterdir()):
        state = chooser.choice(STATES)
        states[solution.name] = state
        target = folder / "exercises" / solution.name
        if state == "shipped":
            continue
        for path in solution.rglob("*"):
            if path.is_dir() or "__pycache__" in path.parts:
                continue
            destination = target / path.relative_to(solution)
            destination.parent.mkdir(parents=True, exist_ok=True)
            text = path.read_text(encoding="utf-8")
            if state == "half" and path.name.startswith("test_"):
                text = half(text)
            destination.write_text(text, encoding="utf-8")
    return states


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    options.add_argument("--students", type=int, default=20)
    options.add_argument("--workers", type=int, default=2)
    options.add_argument("--seed", type=int, default=14)
    given = options.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="grade-class-"))
    try:
        chooser = random.Random(given.seed)
        counts = dict.fromkeys(STATES, 0)
        for number in range(1, given.students + 1):
            states = make_student(scratch / "class" / f"student-{number:03d}", chooser)
            for state in states.values():
                counts[state] += 1
        print(f"{given.students} students, exercises: {counts}")
        before = os.getloadavg()
        started = time.monotonic()
        result = subprocess.run(
            [
                sys.executable, "-m", "checker", "grade", "--class", str(scratch / "class"),
                "--pristine", str(ROOT), "--workers", str(given.workers),
                "--out", str(scratch / "out"),
            ],
            cwd=ROOT, capture_output=True, text=True, check=False,
        )  # fmt: skip
        seconds = time.monotonic() - started
        after = os.getloadavg()
        if result.returncode != 0:
            print(result.stdout, result.stderr, sep="\n")
            raise SystemExit(f"grading failed with exit status {result.returncode}")
        with (scratch / "out" / "grades.csv").open() as file:
            rows = list(csv.DictReader(file))
        each = [float(r["seconds"]) for r in rows]
        first = json.loads((scratch / "out" / rows[0]["submission"] / "report.json").read_text())
        for step, said in first["isolation"].items():
            print(f"isolation, {step}: {said}")
        rate = 60 * len(rows) / seconds
        print(f"cores: {os.cpu_count()}, workers: {given.workers}")
        print("load average before: {:.2f} {:.2f} {:.2f}".format(*before))
        print("load average after:  {:.2f} {:.2f} {:.2f}".format(*after))
        print(f"graded {len(rows)} students in {seconds:.0f} s: {rate:.2f} students per minute")
        print(
            f"one student alone (in its process): median {statistics.median(each):.0f} s, "
            f"max {max(each):.0f} s"
        )
        print(f"500 students on one runner like this: {500 / rate:.0f} minutes")
        for jobs in (10, 20):
            print(
                f"500 students on a CI matrix of {jobs} such jobs: {500 / rate / jobs:.0f} minutes"
            )
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
