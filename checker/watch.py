"""``checker watch``: the current exercise, checked again each time one of its files is saved.

The screen shows the exercise, its result and a progress bar. Saving a file of the
exercise checks it again; a done exercise hands over to the next one not done. One key
does the rest: n next, h hint, l list, r re-run, x reset, q quit.

**Fork or threads.** run.py forks each pytest run from the process that grades
(``CHECKER_RUNNER=fork`` on Linux), and watchfiles runs a notify thread of its own (in
Rust) in the process that watches. A fork taken while another thread holds a lock (the
allocator's, notify's) can leave the child waiting on that lock forever. So the watch
process never forks: each check is ``python -m checker check N --json`` in a process of
its own, whose one thread forks the runs as ``checker check`` always does, and the JSON
is rendered here with report.py. That costs an interpreter's start (about 0.15 s) per
check and buys more than safety: what watch shows is what ``checker check N`` says, keys
are read while a check runs (q stops it at once), and nothing a learner's code imports is
ever loaded into the long-lived watch process.

**Saves during a check** start no second check; when the check ends, files that changed
while it ran are checked once more, so the last save is never missed. A save that leaves
the files as they were checked (the same bytes, a cache file) starts nothing.

**Where file events do not arrive** (network drives, some containers, WSL's Windows
folders) watch finds out at the start by saving a probe file and waiting for its event;
if none comes it polls every second instead, and says so. ``--poll`` forces polling.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import termios
import time
import tty
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path
from types import FrameType
from typing import Any

import watchfiles
from rich.console import Console
from rich.markup import escape

from checker import exercise as files
from checker import report, state
from checker import reset as resetting
from checker.catalogue import Catalogue, Exercise
from checker.grade import BugResult, Verdict
from checker.results import TestResult
from checker.screen import Problem
from checker.state import StateError

POLLING = "File events do not arrive here; checking for changes every second instead."
KEYS = "n next · h hint · l list · r re-run · x reset · q quit"
STOPPED = "Stopped watching. Your progress is saved in progress.json."
TICK_MS = 100  # the longest the loop waits for a file event before it looks at the keys
PROBE_SECONDS = 2.0
STOP_SECONDS = 5.0
ESCAPES = re.compile(r"\x1b(\[[0-9;?]*[ -/]*[@-~]|O.)?")  # arrow keys and the like


class Keys:
    """No keys: what watch reads when stdin is not a terminal (a pipe, CI, an editor)."""

    interactive = False

    def __enter__(self) -> Keys:
        return self

    def __exit__(self, *_: object) -> None:
        return None

    def read(self) -> str:
        """The keys pressed since the last call, without waiting ("" if none)."""
        return ""

    def wait(self) -> str:
        """The next key, waiting for it ("" when no key can come)."""
        return ""


class TerminalKeys(Keys):
    """Keys from a terminal in cbreak mode: each arrives as it is pressed, not echoed.

    The terminal's mode is restored on every way out of the ``with`` block (q, Ctrl-C,
    an exception). After Ctrl-Z and ``fg`` the shell has put its own mode back, so cbreak
    is set again when the process continues.
    """

    interactive = True

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self._saved: list[Any] | None = None
        self._on_continue: Any = signal.SIG_DFL

    def __enter__(self) -> TerminalKeys:
        self._saved = termios.tcgetattr(self.fd)
        tty.setcbreak(self.fd)
        self._on_continue = signal.signal(signal.SIGCONT, self._resume)
        return self

    def _resume(self, signum: int, frame: FrameType | None) -> None:
        with contextlib.suppress(termios.error):
            tty.setcbreak(self.fd)

    def __exit__(self, *_: object) -> None:
        signal.signal(signal.SIGCONT, self._on_continue)
        if self._saved is not None:
            with contextlib.suppress(termios.error):
                termios.tcsetattr(self.fd, termios.TCSADRAIN, self._saved)

    def _take(self, timeout: float | None) -> str:
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return ""
        data = os.read(self.fd, 64)
        if not data:  # the terminal went away: leave as with q
            return "q"
        return ESCAPES.sub("", data.decode(errors="ignore"))

    def read(self) -> str:
        return self._take(0)

    def wait(self) -> str:
        while not (keys := self._take(None)):
            pass
        return keys[0]


def file_events_arrive(place: Path, within: float = PROBE_SECONDS) -> bool:
    """Whether a file saved in a new folder under ``place`` raises a file event in time."""
    try:
        probe = Path(tempfile.mkdtemp(prefix=".checker-probe-", dir=place))
    except OSError:
        return False
    try:
        changes = watchfiles.watch(
            probe,
            watch_filter=None,
            force_polling=False,
            rust_timeout=50,
            yield_on_timeout=True,
            step=10,
            recursive=False,
        )
        try:
            next(changes)  # the first wait times out once the watcher is in place
            deadline = time.monotonic() + within
            count = 0
            while time.monotonic() < deadline:
                (probe / "probe.txt").write_text(str(count), encoding="utf-8")
                count += 1
                if next(changes):
                    return True
            return False
        finally:
            changes.close()
    except Exception:  # no notify backend at all; polling still works
        return False
    finally:
        shutil.rmtree(probe, ignore_errors=True)


class Watcher:
    """Files saved under a folder: by file events, or by polling every second."""

    def __init__(self, folder: Path, polling: bool) -> None:
        self.polling = polling
        self._changes = watchfiles.watch(
            folder,
            force_polling=polling,
            poll_delay_ms=1000,
            rust_timeout=TICK_MS,
            yield_on_timeout=True,
        )
        next(self._changes)  # in place from here on

    def saved(self) -> set[Path]:
        """What changed since the last call; waits at most one tick for something."""
        return {Path(path) for _, path in next(self._changes)}

    def close(self) -> None:
        self._changes.close()


def _watcher(folder: Path, polling: bool, notices: list[str]) -> Watcher:
    if not polling:
        try:
            return Watcher(folder, polling=False)
        except Exception:  # for example the system's limit of watched folders
            notices.append(POLLING)
    return Watcher(folder, polling=True)


def verdict_from_json(data: dict[str, Any]) -> Verdict:
    """The verdict that ``checker check --json`` printed, rebuilt for report.py."""
    known = {f.name for f in fields(Verdict)}
    values = {key: value for key, value in data.items() if key in known}
    values["problems"] = [Problem(**p) for p in data.get("problems", [])]
    values["tests"] = [TestResult(**t) for t in data.get("tests", [])]
    values["bugs"] = [BugResult(**b) for b in data.get("bugs", [])]
    return Verdict(**values)


class Check:
    """One ``checker check N --json`` in a process of its own (see the module's docstring)."""

    def __init__(self, catalogue: Catalogue, exercise: Exercise) -> None:
        self.exercise = exercise
        self.hash = files.content_hash(exercise.path)
        # Files, not pipes: a long verdict must not fill a pipe that nobody reads yet.
        self._scratch = Path(tempfile.mkdtemp(prefix="checker-watch-"))
        # The same checker as this process, whatever the current folder holds (-P).
        source = str(Path(__file__).resolve().parent.parent)
        path = os.pathsep.join(filter(None, [source, os.environ.get("PYTHONPATH")]))
        command = ["-P", "-m", "checker", "--root", str(catalogue.root), "check"]
        with (
            (self._scratch / "stdout").open("wb") as stdout,
            (self._scratch / "stderr").open("wb") as stderr,
        ):
            self.process = subprocess.Popen(
                [sys.executable, *command, str(exercise.number), "--json"],
                cwd=catalogue.root,
                env={**os.environ, "PYTHONPATH": path},
                stdin=subprocess.DEVNULL,
                stdout=stdout,
                stderr=stderr,
                start_new_session=True,  # the terminal's Ctrl-C is for watch to handle
            )

    def ended(self) -> bool:
        return self.process.poll() is not None

    def outcome(self) -> Verdict | str:
        """The verdict, or what went wrong instead, in the checker's words."""
        code = self.process.wait()
        said, complaint = self._read("stdout"), self._read("stderr").strip()
        shutil.rmtree(self._scratch, ignore_errors=True)
        with contextlib.suppress(ValueError, TypeError, KeyError):
            if code in (0, 1):
                return verdict_from_json(json.loads(said))
            if code == 2:  # a refusal, which --json writes as JSON on stdout
                return str(json.loads(said)["error"])
        return complaint or f"The check stopped unexpectedly (exit code {code})."

    def _read(self, name: str) -> str:
        return (self._scratch / name).read_bytes().decode(errors="replace")

    def stop(self) -> None:
        """Stop the check and every run it started (run.py ends its runs on SIGINT)."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(STOP_SECONDS)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self._scratch, ignore_errors=True)


def _statuses(catalogue: Catalogue) -> dict[str, str]:
    progress = state.load(catalogue.root)
    return {
        e.folder: progress.status(e.folder, files.content_hash(e.path)) for e in catalogue.exercises
    }


class Session:
    """The loop: file events and keys in, checks out, one exercise at a time."""

    def __init__(
        self,
        catalogue: Catalogue,
        out: Console,
        keys: Keys,
        watcher: Watcher,
        current: Exercise,
        notices: list[str],
    ) -> None:
        self.catalogue = catalogue
        self.out = out
        self.keys = keys
        self.watcher = watcher
        self.current = current
        self.notices = notices  # printed at the top of the next screen
        self.check: Check | None = None
        self.checked = ""  # the hash of the files the latest check started with
        self.again = False  # the running check re-checks files changed during the one before

    def run(self) -> int:
        self.begin()
        while True:
            saved = self.watcher.saved()
            if self.check is None and self._changed(saved):
                self.begin()
            for key in self.keys.read():
                if (code := self.key(key.lower())) is not None:
                    return code
            if (
                self.check is not None
                and self.check.ended()
                and (code := self.finish()) is not None
            ):
                return code

    def _changed(self, saved: set[Path]) -> bool:
        folder = self.current.path.resolve()
        touched = any(path.is_relative_to(folder) for path in saved)
        return touched and files.content_hash(self.current.path) != self.checked

    def begin(self, clear: bool = True) -> None:
        """A clean screen (unless ``clear`` is false), then a check of the current exercise."""
        self.stop_check()
        if clear:
            self.out.clear()
        for notice in self.notices:
            self.out.print(notice)
        self.notices.clear()
        exercise = self.current
        self.check = Check(self.catalogue, exercise)
        self.checked = self.check.hash
        self.again = False
        # Said once the files' hash is taken: a save seen after this line is checked.
        self.out.print(f"[dim]Checking exercise {exercise.number} ({escape(exercise.title)})…[/]")

    def stop_check(self) -> None:
        if self.check is not None:
            self.check.stop()
            self.check = None

    def finish(self) -> int | None:
        """Show the check's result; move on when the exercise is done."""
        assert self.check is not None
        check, self.check = self.check, None
        outcome = check.outcome()
        now = files.content_hash(self.current.path)
        changed = now != check.hash
        if changed and not self.again:
            self.notices.append("Your files changed during the check: checking them again.")
            self.begin()
            self.again = True
            return None
        if isinstance(outcome, str):
            self.out.print(outcome, markup=False)
        else:
            report.verdict(self.out, self.current, outcome, watching=True)
        if changed:  # twice in a row: something in the check itself writes there
            self.checked = now
            self.out.print(
                "[yellow]The exercise's files changed while they were checked, twice in a "
                "row. Does a test write files into the exercise folder? Tests should write "
                "to `tmp_path` instead. Save to check again.[/]"
            )
        if isinstance(outcome, str) or not outcome.done:
            self.footer()
            return None
        following = self.next_not_done()
        if following is None:
            self.out.print(f"[green bold]✓ Exercise {self.current.number} is done.[/]")
            self.out.print()
            self.out.print(self._bar(), markup=False)
            self.out.print("[green bold]Every exercise is done. Well tested![/]")
            return 0
        # The done line stays on screen, under the verdict that earned it, and the next
        # exercise's check follows without clearing it away.
        self.out.print(
            f"[green]✓ Exercise {self.current.number} is done.[/] On to exercise "
            f"{following.number}: {escape(following.title)}.",
            soft_wrap=not self.out.is_terminal,
        )
        self.out.print()
        self.current = following
        self.begin(clear=False)
        return None

    def _bar(self) -> str:
        statuses = _statuses(self.catalogue)
        return report.bar(sum(s == "done" for s in statuses.values()), len(statuses))

    def footer(self) -> None:
        self.out.print()
        self.out.print(self._bar(), markup=False)
        every = " (checking every second)" if self.watcher.polling else ""
        self.out.print(
            f"[dim]Watching exercises/{self.current.folder}{every}: "
            "save a file to check it again.[/]"
        )
        if self.keys.interactive:
            self.out.print(f"[dim]Keys: {KEYS}[/]")

    def next_not_done(self) -> Exercise | None:
        """The first exercise after the current one that is not done, wrapping around."""
        statuses = _statuses(self.catalogue)
        order = list(self.catalogue.exercises)
        at = order.index(self.current)
        for exercise in order[at + 1 :] + order[:at]:
            if statuses[exercise.folder] != "done":
                return exercise
        return None

    def key(self, key: str) -> int | None:
        """Do what one key asks; a number is watch's exit code."""
        try:
            match key:
                case "q" | "\x04":
                    self.stop_check()
                    self.out.print(STOPPED)
                    return 0
                case "n":
                    self.next()
                case "h":
                    self.hint()
                case "l":
                    self.out.print()
                    report.progress(
                        self.out, self.catalogue, _statuses(self.catalogue), self.current.number
                    )
                case "r":
                    if self.check is not None:
                        self.out.print("A check is running already; its result comes next.")
                    else:
                        self.begin()
                case "x":
                    self.reset()
        except StateError as error:
            self.out.print(str(error), markup=False)
        return None

    def next(self) -> None:
        following = self.next_not_done()
        if following is None:
            self.out.print(f"Exercise {self.current.number} is the only one not done yet.")
            return
        self.current = following
        self.begin()

    def hint(self) -> None:
        exercise = self.current
        with state.updating(self.catalogue.root) as progress:
            shown = progress.next_hint(exercise.folder, len(exercise.hints))
        self.out.print()
        report.hints(self.out, exercise, shown, again="Press h again")

    def reset(self) -> None:
        exercise = self.current
        self.out.print(
            f"\nReset exercise {exercise.number} to its files as shipped? Yours are copied "
            f"to {resetting.BACKUPS}/ first. [y/N]",
            markup=False,
        )
        if self.keys.wait().lower() != "y":
            self.out.print("Not reset: your files are as they were.")
            return
        self.stop_check()
        try:
            done = resetting.reset(exercise)
        except resetting.ResetError as error:
            self.out.print(str(error), markup=False)
            self.footer()
            return
        self.notices.append(escape(resetting.describe(exercise, done)))
        self.begin()


def _first(catalogue: Catalogue, number: int | None) -> Exercise | None:
    if number is not None:
        return catalogue.exercise(number)
    statuses = _statuses(catalogue)
    return next((e for e in catalogue.exercises if statuses[e.folder] != "done"), None)


@contextlib.contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """``kill`` (SIGTERM) leaves as Ctrl-C does: terminal restored, check stopped."""

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _keys() -> Keys:
    stdin = sys.stdin
    with contextlib.suppress(AttributeError, ValueError, OSError):
        if stdin is not None and stdin.isatty():
            return TerminalKeys(stdin.fileno())
    return Keys()


def watch(
    catalogue: Catalogue,
    out: Console,
    number: int | None = None,
    poll: bool = False,
    keys: Keys | None = None,
) -> int:
    """Watch from exercise ``number`` (by default the first not done) until q or Ctrl-C."""
    first = _first(catalogue, number)
    if first is None:
        out.print("[green bold]Every exercise is done. Well tested![/]")
        return 0
    notices: list[str] = []
    polling = poll
    if poll:
        notices.append("Checking for changes every second, as --poll asks.")
    elif not file_events_arrive(catalogue.root):
        polling = True
        notices.append(POLLING)
    with _terminate_as_interrupt(), keys or _keys() as reader:
        watcher = _watcher((catalogue.root / "exercises").resolve(), polling, notices)
        session = Session(catalogue, out, reader, watcher, first, notices)
        try:
            return session.run()
        except KeyboardInterrupt:
            out.print(f"\n{STOPPED}")
            return 130
        finally:
            session.stop_check()
            watcher.close()
