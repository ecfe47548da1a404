"""How much faster the checker's forked runs are than one fresh pytest process per run.

Run from the repository root:  python benchmarks/verify_speed.py [--repeat 3]

It times, side by side in one run:

1. `checker verify` over the whole course (every exercise as shipped, its solution, each
   other correct version and each planted bug: each run forked from a warm process);
2. the plain approach: the same runs, each as a fresh `python -m pytest` process, with
   pytest's plugin autoload as a learner has it, and again with autoload off;
3. one `checker check N` from the command line against one plain `python -m pytest` of
   that exercise with its solution in place.

It prints the times and their ratios; nothing here asserts a time.
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
sys.path.insert(0, str(ROOT))

from checker import exercise as files  # noqa: E402
from checker.catalogue import Catalogue, Exercise, load  # noqa: E402
from checker.spec import RunSpec  # noqa: E402


def _folders(exercise: Exercise, scratch: Path) -> list[Path]:
    """One prepared folder per pytest run that `checker verify` makes for this exercise."""
    base = scratch / exercise.folder
    shipped = files.copy(exercise.path, base / "shipped")
    solved = files.copy(exercise.path, base / "solved")
    files.overlay(exercise.solution_path, solved)
    folders = [shipped, solved]
    versions = [("correct", name) for name in exercise.correct]
    versions += [("bug", name) for name in exercise.bugs]
    for index, (kind, name) in enumerate(versions):
        folder = files.copy(solved, base / f"version-{index}")
        assert exercise.subject is not None
        (folder / exercise.subject).write_text(files.version_text(exercise, kind, name))
        folders.append(folder)
    return folders


def _plain(folder: Path, exercise: Exercise, autoload: bool) -> None:
    config = RunSpec(workdir=folder, results=folder, output=folder, timeout=1).config_file()
    env = dict(os.environ)
    env.pop("PYTEST_DISABLE_PLUGIN_AUTOLOAD", None)
    if not autoload:
        env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    plugins = [arg for name in exercise.plugins for arg in ("-p", name)]
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-c", str(config)]
    subprocess.run(
        [*command, f"--rootdir={folder}", *plugins, *exercise.args],
        cwd=folder,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=exercise.timeout + 30,
        check=False,
    )


def _timed(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _checker(*args: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "checker", "--root", str(ROOT), *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1, help="runs of each approach (median)")
    parser.add_argument("--exercise", type=int, default=1, help="the exercise for part 3")
    arguments = parser.parse_args()
    course: Catalogue = load(ROOT)
    scratch = Path(tempfile.mkdtemp(prefix="benchmark-"))
    try:
        runs = [(f, e) for e in course.exercises for f in _folders(e, scratch)]
        print(f"{len(course.exercises)} exercises, {len(runs)} pytest runs in a full verify\n")

        verify = _timed(lambda: _checker("verify"), arguments.repeat)
        plain = _timed(lambda: [_plain(f, e, True) for f, e in runs], arguments.repeat)
        bare = _timed(lambda: [_plain(f, e, False) for f, e in runs], arguments.repeat)
        print(f"checker verify (forked runs)          {verify:7.2f} s")
        print(
            f"plain python -m pytest per run        {plain:7.2f} s   ratio {plain / verify:5.1f}x"
        )
        print(f"  the same with plugin autoload off   {bare:7.2f} s   ratio {bare / verify:5.1f}x")

        exercise = course.exercise(arguments.exercise)
        solved = files.copy(exercise.path, scratch / "single")
        files.overlay(exercise.solution_path, solved)
        work = ROOT / "exercises" / exercise.folder
        saved = files.copy(work, scratch / "saved")
        try:
            files.overlay(solved, work)
            single = _timed(lambda: _checker("check", str(exercise.number)), arguments.repeat)
        finally:
            shutil.rmtree(work)
            files.copy(saved, work)
            (ROOT / "progress.json").unlink(missing_ok=True)
        one = _timed(lambda: _plain(solved, exercise, True), arguments.repeat)
        versions = 1 + len(exercise.correct) + len(exercise.bugs)
        print(
            f"\nchecker check {exercise.number} ({versions} runs, CLI start included) "
            f"{single:5.2f} s\none plain python -m pytest of it            {one:5.2f} s"
            f"   ratio {one / single:5.2f}x"
        )
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
