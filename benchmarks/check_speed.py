"""Is `checker check N` as fast as one plain pytest run of the same exercise?

Run from the repository root, in the course's environment:

    python benchmarks/check_speed.py                  # every exercise, solved and shipped
    python benchmarks/check_speed.py --only 1,12 --repeat 5 --state solved

What it does. The course's exercises/, grading/ and solutions/ and its pyproject.toml are
copied twice into a temporary folder: once as shipped, once with every solutions/NN_x
copied over exercises/NN_x (solved). The repository itself is never written to. For each
chosen exercise, in each state, three commands run in the exercise's folder of the copy,
each with its output thrown away:

    checker   `checker check N`: the console script next to this Python (so interpreter
              start, imports and writing progress.json are included); it runs the
              reference, the other correct versions and the planted bugs.
    plain     `python -m pytest`, nothing added: the learner's own run of the folder, with
              whatever pytest configuration it finds (the folder's pytest.ini, or else the
              course's pyproject.toml, as in a clone) and the environment as it is here.
              If that configuration says --disable-plugin-autoload, this run has no
              autoloaded plugins.
    autoload  `python -m pytest` with plugin autoload forced on: PYTEST_DISABLE_PLUGIN_AUTOLOAD
              removed from the environment and, where the configuration's addopts say
              --disable-plugin-autoload, `-o addopts="<the same addopts without it>"` (so the
              configuration's -p plugins and other options stay). Where nothing disables
              autoload, this is the same command as plain: the two columns then show how
              much two runs of one command differ on this machine.

Before timing, each command runs once untimed (files cached, bytecode written);
--no-warmup skips that. Then --repeat rounds, each running the three commands one after
the other, in alternating order (checker plain autoload, then autoload plain checker, ...),
so that a change in the machine's load hits every command alike.

What the table means, per exercise and state:

    checker s, plain s, autoload s   median wall-clock seconds of each command
    checker/plain, checker/autoload  median over the rounds of the ratio of the two times
                                     in one round (below 1: the checker is faster)
    checker <= plain                 yes when checker/plain is at most 1
    exits                            the exit codes seen (checker/plain/autoload, several
                                     joined by commas): a solved exercise should show 0/0/0;
                                     a shipped one 1 for the checker (not done), while plain
                                     pytest may pass (0), fail (1) or stop on a collection
                                     error (2: a configure exercise as shipped, say); a 2, 3
                                     or 4 on a solved exercise means that run times an error,
                                     not the exercise

The load average (1, 5 and 15 minutes) is printed at the start and at the end: a run on a
busy machine gives longer times and noisier ratios. Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import configparser
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from checker.course.catalogue import Exercise, load

ROOT = Path(__file__).resolve().parent.parent
# What a learner's clone holds that a check or a plain run reads.
COURSE_TREES = ("exercises", "grading", "solutions")
COURSE_FILES = ("pyproject.toml",)
NOT_COPIED = ("__pycache__", ".pytest_cache", ".coverage", "progress.json", "*.pyc")
STATES = ("solved", "shipped")
COMMANDS = ("checker", "plain", "autoload")
AUTOLOAD_OFF = "--disable-plugin-autoload"


@dataclass(frozen=True)
class Command:
    """One command as the benchmark runs it."""

    name: str
    argv: tuple[str, ...]
    env: dict[str, str]


@dataclass
class Measured:
    """The times and exit codes of the commands for one exercise in one state."""

    exercise: Exercise
    state: str
    times: dict[str, list[float]] = field(default_factory=dict)
    exits: dict[str, list[int]] = field(default_factory=dict)
    note: str = ""

    def median(self, name: str) -> float:
        return statistics.median(self.times[name])

    def ratio(self, name: str, other: str) -> float:
        """The median over rounds of this round's time of ``name`` over ``other``'s."""
        return statistics.median(
            a / b for a, b in zip(self.times[name], self.times[other], strict=True)
        )


def load_line() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f} (1, 5, 15 min) on {os.cpu_count()} cores"


def checker_script() -> str:
    """The `checker` console script of this environment."""
    beside = Path(sys.executable).with_name("checker")
    if beside.is_file():
        return str(beside)
    found = shutil.which("checker")
    if found is None:
        sys.exit("No `checker` command here: install the course first (pip install -e .).")
    return found


def copy_course(root: Path, target: Path, solved: bool) -> Path:
    """A copy of the course at ``target``; with ``solved``, every solution over its exercise."""
    ignore = shutil.ignore_patterns(*NOT_COPIED)
    for tree in COURSE_TREES:
        shutil.copytree(root / tree, target / tree, ignore=ignore)
    for name in COURSE_FILES:
        if (root / name).is_file():
            shutil.copy2(root / name, target / name)
    if solved:
        for solution in sorted((target / "solutions").iterdir()):
            if solution.is_dir():
                shutil.copytree(
                    solution,
                    target / "exercises" / solution.name,
                    dirs_exist_ok=True,
                    ignore=ignore,
                )
    return target


def _addopts(value: object) -> list[str]:
    if isinstance(value, list):
        return [str(v) for v in value]
    return shlex.split(str(value or ""))


def _pytest_section(path: Path) -> dict[str, object] | None:
    """The pytest settings in one candidate file, or None when it has none.

    Follows pytest's rules for which file counts: pytest.ini (even empty) and pytest.toml
    always; pyproject.toml with [tool.pytest] or [tool.pytest.ini_options]; tox.ini with
    [pytest]; setup.cfg with [tool:pytest].
    """
    if path.suffix == ".toml":
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        if path.name in ("pytest.toml", ".pytest.toml"):
            return dict(data.get("pytest", {}))
        tool = data.get("tool", {}).get("pytest")
        if tool is None:
            return None
        return dict(tool.get("ini_options", tool))
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(path, encoding="utf-8")
    section = "tool:pytest" if path.name == "setup.cfg" else "pytest"
    if parser.has_section(section):
        return dict(parser.items(section))
    return {} if path.name in ("pytest.ini", ".pytest.ini") else None


def pytest_config(folder: Path, top: Path) -> tuple[Path | None, list[str]]:
    """The configuration file a plain `pytest` in ``folder`` uses, and its addopts.

    Looks in ``folder`` and its parents up to ``top`` (the course root), in pytest's order
    of file names within one folder.
    """
    names = (
        "pytest.toml",
        ".pytest.toml",
        "pytest.ini",
        ".pytest.ini",
        "pyproject.toml",
        "tox.ini",
        "setup.cfg",
    )
    for place in (folder, *folder.parents):
        for name in names:
            candidate = place / name
            if candidate.is_file():
                section = _pytest_section(candidate)
                if section is not None:
                    return candidate, _addopts(section.get("addopts"))
        if place == top:
            break
    return None, []


def commands(exercise: Exercise, folder: Path, top: Path) -> tuple[list[Command], str]:
    """The three commands for one exercise folder, and a note on the autoload one."""
    env = dict(os.environ)
    autoload_env = {k: v for k, v in env.items() if k != "PYTEST_DISABLE_PLUGIN_AUTOLOAD"}
    plain: tuple[str, ...] = (sys.executable, "-m", "pytest")
    config, addopts = pytest_config(folder, top)
    note = ""
    autoload = plain
    if AUTOLOAD_OFF in addopts:
        kept = [a for a in addopts if a != AUTOLOAD_OFF]
        autoload = (*plain, "-o", f"addopts={shlex.join(kept)}")
        assert config is not None
        note = f"autoload: -o addopts={shlex.join(kept)!r} (replaces {config.relative_to(top)}'s)"
    elif "PYTEST_DISABLE_PLUGIN_AUTOLOAD" in env:
        note = "autoload: PYTEST_DISABLE_PLUGIN_AUTOLOAD is set here; only plain has it"
    return [
        Command("checker", (checker_script(), "check", str(exercise.number)), env),
        Command("plain", plain, env),
        Command("autoload", autoload, autoload_env),
    ], note


def timed(command: Command, cwd: Path) -> tuple[float, int]:
    """Wall-clock seconds and exit code of one run of ``command``."""
    started = time.perf_counter()
    done = subprocess.run(
        command.argv,
        cwd=cwd,
        env=command.env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    )
    return time.perf_counter() - started, done.returncode


def measure(
    exercise: Exercise, state: str, top: Path, repeat: int, warmup: bool = True
) -> Measured:
    """Run the three commands in ``top``'s copy of the exercise, paired and alternated."""
    folder = top / "exercises" / exercise.folder
    runs, note = commands(exercise, folder, top)
    measured = Measured(exercise, state, note=note)
    if warmup:
        for command in runs:
            timed(command, folder)
    for name in COMMANDS:
        measured.times[name] = []
        measured.exits[name] = []
    for round_ in range(repeat):
        for command in runs if round_ % 2 == 0 else reversed(runs):
            seconds, code = timed(command, folder)
            measured.times[command.name].append(seconds)
            measured.exits[command.name].append(code)
    return measured


def _exits(codes: list[int]) -> str:
    return ",".join(str(c) for c in sorted(set(codes)))


def table(rows: Sequence[Measured]) -> str:
    """The Markdown table of the module docstring."""
    lines = [
        "| exercise | state | checker s | plain s | autoload s | checker/plain "
        "| checker/autoload | checker <= plain | exits |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        ratio = row.ratio("checker", "plain")
        exits = "/".join(_exits(row.exits[name]) for name in COMMANDS)
        lines.append(
            f"| {row.exercise.number} {row.exercise.folder} | {row.state} "
            f"| {row.median('checker'):.2f} | {row.median('plain'):.2f} "
            f"| {row.median('autoload'):.2f} | {ratio:.2f} "
            f"| {row.ratio('checker', 'autoload'):.2f} | {'yes' if ratio <= 1 else 'no'} "
            f"| {exits} |"
        )
    return "\n".join(lines)


def chosen(text: str) -> list[int]:
    try:
        return [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a comma-separated list of numbers: {text}") from None


def positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def arguments(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Time `checker check N` against plain `python -m pytest` in the "
        "exercise's folder, for every exercise, solved and as shipped; print a Markdown "
        "table (the module's docstring says what each column means)."
    )
    parser.add_argument(
        "--repeat",
        type=positive,
        default=3,
        help="timed rounds per exercise and state; each round runs every command once "
        "(default 3); medians are taken over the rounds",
    )
    parser.add_argument(
        "--only",
        type=chosen,
        default=None,
        metavar="N,N,...",
        help="only these exercises, by number, comma-separated (default: every exercise)",
    )
    parser.add_argument(
        "--state",
        choices=(*STATES, "both"),
        default="both",
        help="time the exercises solved, as shipped, or both (default both)",
    )
    parser.add_argument(
        "--no-warmup",
        action="store_true",
        help="skip the one untimed run of each command before the timed rounds",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    options = arguments(argv)
    catalogue = load(ROOT)
    exercises = [e for e in catalogue.exercises if options.only is None or e.number in options.only]
    unknown = set(options.only or ()) - {e.number for e in exercises}
    if unknown:
        print(f"No such exercise: {', '.join(map(str, sorted(unknown)))}", file=sys.stderr)
        return 2
    states = STATES if options.state == "both" else (options.state,)
    print(f"load average at start: {load_line()}")
    print(f"{len(exercises)} exercises x {len(states)} states, {options.repeat} rounds each\n")
    rows: list[Measured] = []
    with tempfile.TemporaryDirectory(prefix="check-speed-") as scratch:
        for state in states:
            top = copy_course(ROOT, Path(scratch) / state, solved=state == "solved")
            for exercise in exercises:
                rows.append(measure(exercise, state, top, options.repeat, not options.no_warmup))
                row = rows[-1]
                print(
                    f"  {exercise.number:>2} {state:7} checker {row.median('checker'):5.2f} s  "
                    f"plain {row.median('plain'):5.2f} s  autoload {row.median('autoload'):5.2f} s",
                    flush=True,
                )
    print()
    print(table(rows))
    faster = sum(row.ratio("checker", "plain") <= 1 for row in rows)
    print(f"\nchecker <= plain in {faster} of {len(rows)} rows")
    for note in sorted({f"{row.exercise.number}: {row.note}" for row in rows if row.note}):
        print(f"  {note}")
    print(f"load average at end: {load_line()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
