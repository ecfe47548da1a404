"""What `nox -s exercise-N` costs on top of `checker check N`, measured side by side.

Run from the repository root, in the environment with the course's dev extra:

    python benchmarks/nox_speed.py [--exercise 1] [--pairs 7] [--first-use]

Each pair runs `checker check N` (the learner's own environment) and `nox -s exercise-N`
(the shared environment nox keeps in .nox/env) once each, in turns: the first pair starts
with the checker, the next with nox, and so on, so that a machine busy with something else
slows both alike. The exercise runs as shipped (not done) both ways. It prints the median
of each and the median of the paired differences, against the budget of issue 17 (1.5 s),
in wall-clock time and in CPU time (which a busy machine changes less).

The shared environment is built first if it is missing, outside the timings. With
--first-use it also times one `nox -s exercise-N` in an empty folder of environments
(`nox --envdir`), which builds the shared environment from the package cache, against its
budget of 30 s. progress.json is put back as it was. Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
RERUN_BUDGET = 1.5
FIRST_USE_BUDGET = 30.0


def command(name: str) -> list[str]:
    """A console script of this environment, as a learner types it, or its module."""
    script = Path(sys.executable).with_name(name)
    return [str(script)] if script.exists() else [sys.executable, "-m", name]


class Timing(NamedTuple):
    wall: float  # seconds on the clock
    cpu: float  # seconds of CPU, user and system, of the command and all it waited for


def timed(args: list[str]) -> Timing:
    """Run a command quietly in the course folder; stop the benchmark if it broke."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("NOX")}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    code = subprocess.run(
        args, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    ).returncode
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if code not in (0, 1):  # 1: the exercise is not done, as shipped
        sys.exit(f"{' '.join(args)} exited {code}: run it by hand to see why.")
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return Timing(wall, cpu)


def pairs(number: int, count: int) -> tuple[list[Timing], list[Timing]]:
    """Timings of `checker check N` and of `nox -s exercise-N`, run in turns."""
    checker = [*command("checker"), "check", str(number)]
    nox = [*command("nox"), "-s", f"exercise-{number}"]
    checks: list[Timing] = []
    sessions: list[Timing] = []
    for index in range(count):
        order = [(checker, checks), (nox, sessions)]
        for args, timings in order if index % 2 == 0 else reversed(order):
            timings.append(timed(args))
        print(f"  pair {index + 1}: checker {checks[-1].wall:.2f} s, nox {sessions[-1].wall:.2f} s")
    return checks, sessions


def first_use(number: int) -> Timing:
    """One `nox -s exercise-N` that builds the shared environment in an empty folder."""
    envdir = Path(tempfile.mkdtemp(prefix="nox-first-use-"))
    try:
        return timed([*command("nox"), "--envdir", str(envdir), "-s", f"exercise-{number}"])
    finally:
        shutil.rmtree(envdir, ignore_errors=True)


def median(timings: list[Timing]) -> Timing:
    return Timing(*(statistics.median(column) for column in zip(*timings, strict=True)))


def row(label: str, timing: Timing, budget: float | None = None) -> str:
    """One line of the table; against a budget, whether the wall-clock time keeps to it."""
    note = ""
    if budget is not None:
        note = f"{'within' if timing.wall <= budget else 'OVER'} the {budget:g} s budget"
    return f"  {label:<30} {timing.wall:7.2f} s {timing.cpu:7.2f} s   {note}".rstrip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exercise", type=int, default=1, help="the exercise to check")
    parser.add_argument("--pairs", type=int, default=7, help="pairs of runs (default 7)")
    parser.add_argument(
        "--first-use", action="store_true", help="also time a first use in an empty --envdir"
    )
    arguments = parser.parse_args()
    number = arguments.exercise

    progress = ROOT / "progress.json"
    saved = progress.read_bytes() if progress.exists() else None
    load = os.getloadavg()[0]
    try:
        if not (ROOT / ".nox" / "env").is_dir():
            print("Building the shared environment first (not timed).")
            subprocess.run([*command("nox"), "-s", "env"], cwd=ROOT, check=True)
        print(f"exercise {number}: {arguments.pairs} pairs, in turns")
        checks, sessions = pairs(number, arguments.pairs)
        built = first_use(number) if arguments.first_use else None
    finally:
        if saved is None:
            progress.unlink(missing_ok=True)
        else:
            progress.write_bytes(saved)

    paired = zip(checks, sessions, strict=True)
    differences = [Timing(s.wall - c.wall, s.cpu - c.cpu) for c, s in paired]
    busy = f"load average {load:.1f} before, {os.getloadavg()[0]:.1f} after"
    print(f"\nmedians of {arguments.pairs} pairs ({busy}, on {os.cpu_count()} cores)")
    print(f"  {'':<30} {'wall':>9} {'cpu':>9}")
    print(row(f"checker check {number}", median(checks)))
    print(row(f"nox -s exercise-{number}", median(sessions)))
    print(row("difference, median of pairs", median(differences), RERUN_BUDGET))
    if built is not None:
        print(row("first use, empty --envdir", built, FIRST_USE_BUDGET))


if __name__ == "__main__":
    main()
