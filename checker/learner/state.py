"""The learner's progress: a small versioned JSON file, written atomically.

It sits at the course root as ``progress.json`` so a learner can commit it with their
work. Each checked exercise keeps its status and a hash of its files: a "done" whose
files changed since is stale and is checked again before it counts.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

FILE_NAME = "progress.json"
FORMAT = "pytest-course-progress"
VERSION = 1
Status = Literal["done", "pending"]


class StateError(Exception):
    """The progress file exists but is not one this checker can read."""


@dataclass
class Record:
    status: Status
    hash: str
    checked_at: str


@dataclass
class State:
    exercises: dict[str, Record] = field(default_factory=dict)
    hints_seen: dict[str, int] = field(default_factory=dict)

    def status(self, folder: str, current_hash: str) -> str:
        """'done', 'pending' or 'not started'; a stale 'done' reads as 'pending'."""
        record = self.exercises.get(folder)
        if record is None:
            return "not started"
        if record.status == "done" and record.hash != current_hash:
            return "pending"
        return record.status

    def record(self, folder: str, done: bool, current_hash: str) -> None:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        self.exercises[folder] = Record("done" if done else "pending", current_hash, now)

    def next_hint(self, folder: str, total: int) -> int:
        """Count one more hint seen (up to ``total``) and return how many are shown now."""
        shown = min(max(self.hints_seen.get(folder, 0), 0) + 1, total)
        self.hints_seen[folder] = shown
        return shown


def path_in(root: Path) -> Path:
    return root / FILE_NAME


def _problem(path: Path, why: str) -> StateError:
    return StateError(
        f"The progress file {path} {why}. Your exercises are untouched. To start your "
        f"progress afresh, move the file aside (for example `mv {path.name} "
        f"{path.name}.old`) and run `checker`: it re-checks every exercise you have "
        "worked on."
    )


def _unreadable(error: OSError | UnicodeDecodeError | json.JSONDecodeError) -> str:
    """Why the file cannot be read, in words rather than Python's exception text."""
    if isinstance(error, json.JSONDecodeError):
        return f"is not valid JSON (line {error.lineno}, column {error.colno})"
    if isinstance(error, UnicodeDecodeError):
        return "is not text (it is not UTF-8)"
    return f"cannot be read ({(error.strerror or 'unknown error').lower()})"


def load(root: Path) -> State:
    path = path_in(root)
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return State()
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise _problem(path, _unreadable(error)) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _problem(path, "is not a progress file of this course")
    if data.get("version") != VERSION:
        raise _problem(path, f"has version {data.get('version')!r}; this checker reads {VERSION}")
    try:
        exercises = {
            str(name): Record(
                status=entry["status"], hash=str(entry["hash"]), checked_at=str(entry["checked_at"])
            )
            for name, entry in data["exercises"].items()
        }
        # A count edited below zero reads as none seen.
        hints = {str(k): max(int(v), 0) for k, v in data.get("hints_seen", {}).items()}
    except (KeyError, TypeError, ValueError, AttributeError):
        raise _problem(
            path,
            "is damaged: each exercise needs a status, a hash and a date, and each hint "
            "count must be a number",
        ) from None
    if any(r.status not in ("done", "pending") for r in exercises.values()):
        raise _problem(path, "has a status other than 'done' or 'pending'")
    return State(exercises=exercises, hints_seen=hints)


def save(root: Path, state: State) -> None:
    """Write the whole file to a temporary name, then rename it into place."""
    path = path_in(root)
    data = {
        "format": FORMAT,
        "version": VERSION,
        "exercises": {
            name: {"status": r.status, "hash": r.hash, "checked_at": r.checked_at}
            for name, r in sorted(state.exercises.items())
        },
        "hints_seen": dict(sorted(state.hints_seen.items())),
    }
    descriptor, temporary = tempfile.mkstemp(dir=root, prefix=".progress-", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            json.dump(data, file, indent=2)
            file.write("\n")
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def updating(root: Path) -> Iterator[State]:
    """Load the progress, let the caller change it, save it: one process at a time.

    ``checker watch`` records hints while its check records a result, and a learner may
    run the checker in a second terminal; without the lock, the slower writer would put
    back what it loaded and lose the other's change.
    """
    folder = os.open(root, os.O_RDONLY)
    try:
        fcntl.flock(folder, fcntl.LOCK_EX)  # released when the descriptor is closed
        progress = load(root)
        yield progress
        save(root, progress)
    finally:
        os.close(folder)
