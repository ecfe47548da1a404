"""How much faster the checker's runs are than one fresh pytest process per run.

Run from the repository root:  python benchmarks/verify_speed.py [--repeat 3]

Part 1 times `checker verify` over the whole course, the same grading logic each time,
with the pytest runs made in different ways, side by side in one go:

  fork, parallel     the checker as it ships: children forked from a warm process,
                     as many at a time as there are cores (at most 4)
  fork, one by one   the same, one child at a time
  fresh interpreter  one `python -m checker.child` per run, one at a time
  plain pytest       one `python -m pytest` per run, one at a time, with plugin
                     autoload as a learner's pytest has it: the plain approach

Part 2 times one `checker check N` from the command line (interpreter start included)
against one plain `python -m pytest` of that exercise, with its solution in place.

It prints times and ratios; nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODES = {
    "fork, parallel": {"CHECKER_RUNNER": "fork"},
    "fork, one by one": {"CHECKER_RUNNER": "fork", "BENCHMARK_JOBS": "1"},
    "fresh interpreter": {"CHECKER_RUNNER": "spawn", "BENCHMARK_JOBS": "1"},
    "plain pytest": {"CHECKER_RUNNER": "spawn", "BENCHMARK_JOBS": "1", "BENCHMARK_PLAIN": "1"},
}


def verify_in_this_process() -> None:
    """Run verify with the runner the environment names (called in a subprocess)."""
    sys.path.insert(0, str(ROOT))
    from checker import run
    from checker.catalogue import load
    from checker.verify import verify

    if os.environ.get("BENCHMARK_JOBS"):
        run.default_jobs = lambda: int(os.environ["BENCHMARK_JOBS"])  # type: ignore[assignment]
    if os.environ.get("BENCHMARK_PLAIN"):

        def plain(spec):  # type: ignore[no-untyped-def]
            # `python -m pytest` as a learner runs it, plus the plugin that records results.
            command = [sys.executable, "-m", "pytest", *spec.pytest_args()]
            command += ["-p", "checker.plugin", f"--checker-results={spec.results}"]
            env = {k: v for k, v in os.environ.items() if k != "PYTEST_DISABLE_PLUGIN_AUTOLOAD"}
            env["PYTHONPATH"] = str(ROOT)
            with spec.output.open("w") as output:
                process = subprocess.Popen(
                    command,
                    cwd=spec.workdir,
                    env=env,
                    stdout=output,
                    stderr=subprocess.STDOUT,
                    stdin=subprocess.DEVNULL,
                    start_new_session=True,
                )
            deadline = time.monotonic() + spec.timeout
            return run._Running(spec, process.pid, deadline, process.poll, process.wait)

        run._start_spawn = plain  # type: ignore[assignment]
    findings = verify(load(ROOT))
    print(sum(f.ok for f in findings), "of", len(findings), "consistent", file=sys.stderr)


def _timed(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _quiet(command: list[str], env: dict[str, str] | None = None, cwd: Path = ROOT) -> None:
    subprocess.run(
        command,
        cwd=cwd,
        env={**os.environ, **(env or {})},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    )


def part_one(repeat: int) -> None:
    print("checker verify over the whole course")
    times: dict[str, float] = {}
    command = [sys.executable, __file__, "--verify-worker"]
    for mode, env in MODES.items():
        times[mode] = _timed(lambda env=env: _quiet(command, env), repeat)
        ratio = times[mode] / times["fork, parallel"]
        print(f"  {mode:18} {times[mode]:7.2f} s   {ratio:5.1f}x the time of fork, parallel")


def part_two(number: int, repeat: int) -> None:
    sys.path.insert(0, str(ROOT))
    from checker import exercise as files
    from checker.catalogue import load

    exercise = load(ROOT).exercise(number)
    scratch = Path(tempfile.mkdtemp(prefix="benchmark-"))
    progress = ROOT / "progress.json"
    saved_progress = progress.read_bytes() if progress.exists() else None
    work = exercise.path
    saved = files.copy(work, scratch / "saved")
    try:
        files.overlay(exercise.solution_path, work)
        checker = Path(sys.executable).with_name("checker")
        single = _timed(lambda: _quiet([str(checker), "check", str(number)]), repeat)
        plain = _timed(
            lambda: _quiet(
                [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"], cwd=work
            ),
            repeat,
        )
    finally:
        shutil.rmtree(work)
        files.copy(saved, work)
        if saved_progress is None:
            progress.unlink(missing_ok=True)
        else:
            progress.write_bytes(saved_progress)
        shutil.rmtree(scratch, ignore_errors=True)
    runs = 1 + len(exercise.correct) + len(exercise.bugs)
    print(f"\none exercise ({number}, {runs} pytest runs), from the command line")
    print(f"  checker check {number:<5}    {single:7.2f} s")
    print(f"  plain python -m pytest {plain:7.2f} s   {plain / single:5.2f}x the time of the check")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1, help="runs of each approach (median)")
    parser.add_argument("--exercise", type=int, default=1, help="the exercise for part 2")
    parser.add_argument("--verify-worker", action="store_true", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.verify_worker:
        verify_in_this_process()
        return
    part_one(arguments.repeat)
    part_two(arguments.exercise, arguments.repeat)


if __name__ == "__main__":
    main()
