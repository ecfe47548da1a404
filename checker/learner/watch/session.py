"""The loop of `checker watch`: file events and keys in, checks out, one exercise at a time."""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

from rich.console import Console
from rich.markup import escape

from checker.course import exercise as files
from checker.course import reset as resetting
from checker.course.catalogue import Catalogue, Exercise
from checker.learner import report, state
from checker.learner.state import StateError
from checker.learner.watch.check import Check
from checker.learner.watch.events import POLLING, Watcher, _watcher, file_events_arrive
from checker.learner.watch.keys import Keys, _keys

KEYS = "n next · h hint · l list · r re-run · x reset · q quit"
STOPPED = "Stopped watching. Your progress is saved in progress.json."


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
