"""How much faster the checker grades than plain pytest processes would, and why.

Run from the repository root, in the course's environment:

    python benchmarks/verify_speed.py                       # whole course, 2 rounds
    python benchmarks/verify_speed.py --only 1,3,12 --repeat 4 --modes fork,plain-off
    python benchmarks/verify_speed.py --part 2 --exercise 12

Part 1 runs the checker's own verify (the grading logic of `checker verify`: each exercise
as shipped, then solved, against its reference, other correct versions and planted bugs)
once per mode, in a fresh `python` process that changes only how each pytest run is made:

    fork         the checker as it ships: children forked from a warm process, several
                 at a time (CHECKER_RUNNER=fork, its default number of jobs)
    fork-serial  the same, one child at a time
    spawn        one fresh `python -m checker.engine.child` per run, one at a time
                 (CHECKER_RUNNER=spawn): the checker where it cannot fork
    plain-off    one `python -m pytest` per run, one at a time, with
                 PYTEST_DISABLE_PLUGIN_AUTOLOAD=1 and the exercise's plugins named with -p:
                 plain pytest with nothing the exercise does not need
    plain        the same with the environment as it is here and plugin autoload as the
                 exercise's configuration leaves it: pytest as a user runs it (as long as
                 no configuration disables autoload, that loads every installed plugin)

The two plain modes run pytest with the arguments the checker gives its own runs (the
same configuration file, rootdir and plugins), plus `-p checker.engine.plugin` to record the
results, so that the very same grading reads them. Where an exercise has a coverage goal,
the reference run also measures branch coverage of the subject with pytest-cov
(`-p pytest_cov --cov --cov-branch`, only that file), read back as the checker reads its
own: so every mode should find every exercise consistent, and any mode that does not is
reported with its first problem. One such problem is expected: the plain modes have no
probes, so where an exercise asks for a construct (`pytest.raises(match=...)`, autospec,
the benchmark fixture) they report the solution as not using it; every run is still made,
since constructs are weighed after the planted bugs have run. The modes run in rounds,
in alternating order (forward, then backward, ...), so that a change in the machine's
load hits all of them alike.

What part 1 prints:

    per mode       median wall-clock seconds of the whole process (interpreter start,
                   imports and every exercise), and how many exercises it found consistent
    comparisons    ratios of two modes, each the median over the rounds of that round's
                   ratio; below 1 the first is faster. checker/plain is what a user gains;
                   checker/plain-off what the checker gains once plugin loading is out of
                   the picture; fork-serial/plain-off the fork's own gain, one run at a
                   time on both sides; fork/fork-serial the gain of running side by side
    per exercise   median seconds of `verify` for each exercise in each mode, measured
                   inside the process (no interpreter start), with the two checker/plain
                   ratios per exercise

Part 2 times one `checker check N` (interpreter start included) against one plain
`python -m pytest` in the exercise's folder, solved, as benchmarks/check_speed.py does for
every exercise (its docstring explains the columns; the ratio is checker/plain, below 1 the
checker is faster).

The load average is printed at the start and at the end. Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checker.engine.results import RunResult
    from checker.engine.spec import RunSpec

ROOT = Path(__file__).resolve().parent.parent
MODES = {
    "fork": "fork, side by side (the checker)",
    "fork-serial": "fork, one at a time",
    "spawn": "fresh python -m checker.engine.child",
    "plain-off": "python -m pytest, no autoload",
    "plain": "python -m pytest, as a user runs it",
}
COMPARISONS = (
    ("fork", "plain", "the checker / plain pytest as a user runs it"),
    ("fork", "plain-off", "the checker / plain pytest without autoload"),
    ("fork-serial", "plain-off", "the fork's own gain: both one run at a time"),
    ("fork-serial", "spawn", "fork / fresh interpreter, both one at a time"),
    ("fork", "fork-serial", "side by side / one at a time"),
)
MAX_OUTPUT = 20_000


def load_line() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f} (1, 5, 15 min) on {os.cpu_count()} cores"


# --- inside the worker process -------------------------------------------------------


def patch_runner(mode: str) -> None:
    """Make the checker's pytest runs the way ``mode`` says.

    THE ONE PLACE THAT DEPENDS ON THE CHECKER'S INSIDES; adapt it when the runner changes.
    It relies on: grading calling ``checker.engine.run.execute_many(specs)`` through the module
    (so replacing the attribute reaches it), ``execute_many(specs, jobs=None) -> list of
    RunResult`` in the order of ``specs``, ``CHECKER_RUNNER=fork|spawn`` choosing the way a
    run is started (and ``warm_up`` doing nothing under spawn), the ``RunSpec`` fields
    (workdir, results, output, timeout, plugins, environment, coverage_of) and its
    ``pytest_args()``, ``checker.engine.plugin`` taking ``--checker-results=FILE``,
    ``checker.engine.results.read`` of that file, and the file's coverage record
    ``{"event": "coverage", "percent": P, "missing": "..."}`` that the child writes, and
    ``RunSpec.workers``, where pytest-xdist's workers keep their records.
    The worker below also relies on ``checker.course.verify.verify(catalogue, [number])``
    returning one finding with its ``problems``.
    """
    from checker.engine import run

    original = run.execute_many
    if mode in ("fork-serial", "spawn"):

        def one_at_a_time(specs: list[RunSpec], jobs: int | None = None) -> list[RunResult]:
            return original(specs, jobs=1)

        run.execute_many = one_at_a_time
    elif mode in ("plain", "plain-off"):
        autoload = mode == "plain"

        def plain(specs: list[RunSpec], jobs: int | None = None) -> list[RunResult]:
            return [_plain_run(spec, autoload) for spec in specs]

        run.execute_many = plain


def _plain_run(spec: RunSpec, autoload: bool) -> RunResult:
    """One `python -m pytest` for ``spec``; the result as the checker would read it."""
    from checker.engine import results

    command = [sys.executable, "-m", "pytest", *spec.pytest_args()]
    command += ["-p", "checker.engine.plugin", f"--checker-results={spec.results}"]
    coverage_data = spec.results.with_suffix(".coverage")
    if spec.coverage_of:
        rc = spec.results.with_suffix(".coveragerc")
        rc.write_text(
            f"[run]\nbranch = True\ndata_file = {coverage_data}\n"
            f"include = {spec.workdir / spec.coverage_of}\n",
            encoding="utf-8",
        )
        command += ["-p", "pytest_cov", "--cov", f"--cov-config={rc}", "--cov-report="]
    # As a user runs it: this environment (less the benchmark's CHECKER_RUNNER). Without
    # autoload: also without the PYTEST_ variables, as the checker's own runs are.
    dropped = ("CHECKER_",) if autoload else ("CHECKER_", "PYTEST_")
    env = {k: v for k, v in os.environ.items() if not k.startswith(dropped)}
    if not autoload:
        env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    env.update(spec.environment)
    # This checker's plugin, even where the course is not installed in the environment.
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    spec.results.unlink(missing_ok=True)
    with spec.output.open("wb") as output:
        process = subprocess.Popen(
            command,
            cwd=spec.workdir,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        timed_out = False
        try:
            code = process.wait(timeout=spec.timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)
        if timed_out:
            code = process.wait()
    if spec.coverage_of:
        _record_coverage(spec, coverage_data)
    # With pytest-xdist, each worker keeps its own record beside the run's, as in the checker.
    result = results.read(spec.results, spec.workers)
    result.returncode = code
    result.timed_out = timed_out
    with spec.output.open("rb") as file:
        data = file.read(MAX_OUTPUT + 1)
    result.output = data[:MAX_OUTPUT].decode("utf-8", errors="replace")
    result.output_truncated = len(data) > MAX_OUTPUT
    return result


def _record_coverage(spec: RunSpec, data_file: Path) -> None:
    """Append pytest-cov's figure to the results file, as the checker's child does its own."""
    import io

    import coverage

    assert spec.coverage_of is not None
    subject = str(spec.workdir / spec.coverage_of)
    measured = coverage.Coverage(data_file=str(data_file), branch=True, include=[subject])
    try:
        measured.load()
        percent = measured.report(file=io.StringIO())
        missing = measured.analysis2(subject)[4]
    except coverage.CoverageException:
        percent, missing = 0.0, "the module was never imported"
    with spec.results.open("a", encoding="utf-8") as file:
        file.write(json.dumps({"event": "coverage", "percent": percent, "missing": missing}))
        file.write("\n")


def worker(mode: str, numbers: list[int] | None) -> None:
    """Verify each chosen exercise in this process; print a JSON line per exercise."""
    from checker.course.catalogue import load
    from checker.course.verify import verify

    patch_runner(mode)
    catalogue = load(ROOT)
    for exercise in catalogue.exercises:
        if numbers and exercise.number not in numbers:
            continue
        started = time.perf_counter()
        (finding,) = verify(catalogue, [exercise.number])
        seconds = time.perf_counter() - started
        line = {"folder": exercise.folder, "seconds": seconds, "problems": finding.problems}
        print(json.dumps(line), flush=True)


# --- the parent: rounds of worker processes -----------------------------------------


@dataclass
class Round:
    """One mode's run of the worker: its wall time, and per exercise what it found."""

    wall: float
    seconds: dict[str, float] = field(default_factory=dict)
    problems: dict[str, list[str]] = field(default_factory=dict)


def run_worker(mode: str, numbers: list[int] | None) -> Round:
    env = {k: v for k, v in os.environ.items() if k != "CHECKER_RUNNER"}
    env["CHECKER_RUNNER"] = "fork" if mode.startswith("fork") else "spawn"
    command = [sys.executable, __file__, "--worker", mode]
    if numbers:
        command += ["--only", ",".join(map(str, numbers))]
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    measured = Round(time.perf_counter() - started)
    for line in done.stdout.splitlines():
        record = json.loads(line)
        measured.seconds[record["folder"]] = record["seconds"]
        measured.problems[record["folder"]] = record["problems"]
    if done.returncode != 0:
        tail = done.stderr.strip().splitlines()[-1:] or ["no message"]
        print(f"  {mode}: the worker failed (exit {done.returncode}): {tail[0]}")
    return measured


def paired(a: list[float], b: list[float]) -> float:
    return statistics.median(x / y for x, y in zip(a, b, strict=True))


def part_one(modes: list[str], numbers: list[int] | None, repeat: int) -> None:
    print(f"Part 1: verify, {repeat} rounds of {', '.join(modes)}")
    rounds: dict[str, list[Round]] = {mode: [] for mode in modes}
    for index in range(repeat):
        for mode in modes if index % 2 == 0 else list(reversed(modes)):
            rounds[mode].append(run_worker(mode, numbers))
            print(f"  round {index + 1} {mode:12} {rounds[mode][-1].wall:7.1f} s", flush=True)
    walls = {mode: [r.wall for r in found] for mode, found in rounds.items()}
    folders = [
        f
        for f in rounds[modes[0]][0].seconds
        if all(f in r.seconds for m in modes for r in rounds[m])
    ]
    print("\n| mode | what | median s | consistent |")
    print("|---|---|---|---|")
    for mode in modes:
        last = rounds[mode][-1]
        ok = sum(not p for p in last.problems.values())
        median = statistics.median(walls[mode])
        print(f"| {mode} | {MODES[mode]} | {median:.1f} | {ok}/{len(last.problems)} |")
    for mode in modes:
        for folder, problems in rounds[mode][-1].problems.items():
            if problems:
                print(f"  {mode} finds {folder} inconsistent: {problems[0]}")
    print("\n| comparison | ratio |")
    print("|---|---|")
    for first, second, what in COMPARISONS:
        if first in walls and second in walls:
            print(f"| {first}/{second}: {what} | {paired(walls[first], walls[second]):.2f} |")
    print("\n| exercise | " + " | ".join(modes) + " | fork/plain | fork/plain-off |")
    print("|---|" + "---|" * (len(modes) + 2))
    for folder in folders:
        per = {m: [r.seconds[folder] for r in rounds[m]] for m in modes}
        cells = [f"{statistics.median(per[m]):.2f}" for m in modes]
        for other in ("plain", "plain-off"):
            cells.append(
                f"{paired(per['fork'], per[other]):.2f}" if {"fork", other} <= per.keys() else "-"
            )
        print(f"| {folder} | " + " | ".join(cells) + " |")


def part_two(number: int, repeat: int) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from check_speed import copy_course, measure, table

    from checker.course.catalogue import load

    exercise = load(ROOT).exercise(number)
    print(f"\nPart 2: checker check {number} against plain pytest, solved, {repeat} rounds")
    with tempfile.TemporaryDirectory(prefix="verify-speed-") as scratch:
        top = copy_course(ROOT, Path(scratch) / "solved", solved=True)
        print(table([measure(exercise, "solved", top, repeat)]))


def _numbers(text: str) -> list[int]:
    try:
        return [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a comma-separated list of numbers: {text}") from None


def _modes(text: str) -> list[str]:
    chosen = [part.strip() for part in text.split(",") if part.strip()]
    unknown = [m for m in chosen if m not in MODES]
    if unknown or not chosen:
        raise argparse.ArgumentTypeError(f"modes are {', '.join(MODES)}; not {text}")
    return chosen


def arguments(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Time the checker's grading against plain pytest runs (the module's "
        "docstring says what each mode and number means)."
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=2,
        help="rounds of every mode in part 1, and rounds in part 2 (default 2: one in "
        "each order); medians and paired ratios are taken over them",
    )
    parser.add_argument(
        "--modes",
        type=_modes,
        default=list(MODES),
        metavar="M,M,...",
        help=f"the modes of part 1, in this order (default: {','.join(MODES)})",
    )
    parser.add_argument(
        "--only",
        type=_numbers,
        default=None,
        metavar="N,N,...",
        help="part 1 verifies only these exercises (default: every exercise)",
    )
    parser.add_argument(
        "--exercise", type=int, default=1, help="the exercise part 2 checks (default 1)"
    )
    parser.add_argument(
        "--part",
        choices=("1", "2", "both"),
        default="both",
        help="run part 1, part 2 or both (default both)",
    )
    parser.add_argument("--worker", default=None, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    options = arguments(argv)
    if options.worker:
        worker(options.worker, options.only)
        return 0
    print(f"load average at start: {load_line()}")
    if options.part in ("1", "both"):
        part_one(options.modes, options.only, options.repeat)
    if options.part in ("2", "both"):
        part_two(options.exercise, options.repeat)
    print(f"\nload average at end: {load_line()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
