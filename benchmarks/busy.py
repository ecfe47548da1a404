"""Run a command while every core is kept busy: does the suite pass on a busy machine?

Run from the repository root, in the course's environment, before every submission:

    python benchmarks/busy.py                      # the README's test command: pytest
    python benchmarks/busy.py --compare            # and again on a machine left idle
    python benchmarks/busy.py -- pytest -m "not slow" -x

Everything after `--` is the command (default `pytest`, taken from this Python's folder
when it is there, as an activated environment would). It runs in this folder with this
terminal, so its output shows as usual.

While it runs, one CPU-burning process per core (os.cpu_count(), or --burners) spins in a
loop. The burners get this process's niceness, the same as the command's (0 unless you
start this script with `nice`), so they compete with it as other users' work would. They
stop when the command ends, whether it passes, fails or is interrupted (Ctrl-C, or SIGTERM
sent to this script, which passes it on to the command); should this script itself be
killed, each burner notices that its parent is gone and stops within a fraction of a
second.

What it prints:

    busy: exit N, W s wall          the command's exit code and wall-clock time while burning
          command CPU C s           CPU time (user + system) of the command and everything it
                                    waited for; with the burners' total B s, this shows how
                                    the cores were shared
    idle: exit N, W s wall          (--compare) the same command again without burners, run
                                    second, so its files are already in the page cache
    busy/idle                       the ratio of the two wall times (above 1: slower when busy)
    load average                    the machine's (1, 5, 15 min) at start and at end; other
                                    people's work on a shared machine shows here

It exits with the busy run's exit code (130 when interrupted). Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import os
import resource
import shlex
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

# A burner spins until its parent (this script) is gone, checking a few times a second.
BURN = """
import os
parent = os.getppid()
while os.getppid() == parent:
    for _ in range(200_000):
        pass
"""


class Stopped(Exception):
    """This script got SIGTERM."""


@dataclass(frozen=True)
class Outcome:
    code: int
    wall: float
    cpu: float


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _stop(_signal: int, _frame: FrameType | None) -> None:
    raise Stopped


@contextmanager
def burning(count: int) -> Iterator[list[float]]:
    """``count`` CPU burners for the duration of the block; yields a list that gets
    their total CPU seconds once they are stopped."""
    burners: list[subprocess.Popen[bytes]] = []
    spent: list[float] = []
    try:
        for _ in range(count):
            burners.append(
                subprocess.Popen(
                    [sys.executable, "-c", BURN],
                    stdin=subprocess.DEVNULL,
                    # A session of their own: the terminal's Ctrl-C goes to the command,
                    # and this script ends the burners itself.
                    start_new_session=True,
                )
            )
        yield spent
    finally:
        before = _children_cpu()
        for burner in burners:
            burner.kill()
        for burner in burners:
            burner.wait()
        spent.append(_children_cpu() - before)


def run(command: Sequence[str]) -> Outcome:
    """Run ``command`` in the foreground; on SIGTERM pass it on, on Ctrl-C let it stop."""
    before = _children_cpu()
    started = time.perf_counter()
    process = subprocess.Popen(command)
    try:
        code = process.wait()
    except KeyboardInterrupt:
        # The terminal sent SIGINT to the command too: give it a moment to end itself.
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        code = 130
    except Stopped:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        code = 128 + signal.SIGTERM
    return Outcome(code, time.perf_counter() - started, _children_cpu() - before)


def load_line() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f} (1, 5, 15 min) on {os.cpu_count()} cores"


def default_command() -> list[str]:
    beside = Path(sys.executable).with_name("pytest")
    return [str(beside)] if beside.is_file() else ["pytest"]


def arguments(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Run a command (default: pytest) while one CPU burner per core keeps "
        "the machine busy; report its exit code and wall time, and exit with its code.",
        usage="%(prog)s [-h] [--compare] [--burners N] [-- COMMAND ...]",
    )
    parser.add_argument(
        "--compare",
        action="store_true",
        help="afterwards run the command again without burners and print both times",
    )
    parser.add_argument(
        "--burners",
        type=int,
        default=os.cpu_count() or 1,
        metavar="N",
        help=f"how many CPU burners (default: one per core, here {os.cpu_count()})",
    )
    parser.add_argument(
        "command",
        nargs=argparse.REMAINDER,
        help="the command to run, after `--` (default: pytest)",
    )
    options = parser.parse_args(argv)
    if options.command[:1] == ["--"]:
        options.command = options.command[1:]
    if options.burners < 0:
        parser.error("--burners must be 0 or more")
    return options


def main(argv: Sequence[str] | None = None) -> int:
    options = arguments(argv)
    command = options.command or default_command()
    if shutil.which(command[0]) is None:
        print(f"busy.py: no such command: {command[0]}", file=sys.stderr)
        return 127
    signal.signal(signal.SIGTERM, _stop)
    niceness = os.getpriority(os.PRIO_PROCESS, 0)
    print(f"busy.py: load average at start: {load_line()}", flush=True)
    print(
        f"busy.py: running {shlex.join(command)} with {options.burners} CPU burners "
        f"(niceness {niceness}, the command's too)",
        flush=True,
    )
    try:
        with burning(options.burners) as spent:
            busy = run(command)
    except KeyboardInterrupt:  # Ctrl-C between starting the burners and the command
        return 130
    print(
        f"busy.py: busy: exit {busy.code}, {busy.wall:.1f} s wall, command CPU {busy.cpu:.1f} s, "
        f"burners CPU {spent[0]:.1f} s",
        flush=True,
    )
    if options.compare and busy.code not in (130, 128 + signal.SIGTERM):
        print(f"busy.py: running {shlex.join(command)} again, without burners", flush=True)
        idle = run(command)
        print(
            f"busy.py: busy: exit {busy.code}, {busy.wall:.1f} s wall, "
            f"command CPU {busy.cpu:.1f} s, burners CPU {spent[0]:.1f} s"
        )
        print(
            f"busy.py: idle: exit {idle.code}, {idle.wall:.1f} s wall, command CPU {idle.cpu:.1f} s"
        )
        print(f"busy.py: busy/idle {busy.wall / idle.wall:.2f}")
    print(f"busy.py: load average at end: {load_line()}")
    return busy.code


if __name__ == "__main__":
    sys.exit(main())
