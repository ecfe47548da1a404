"""The course's own copy of the files a learner must not change.

A write-tests exercise is graded on the subject as the course shipped it, and every
exercise on its locked files as shipped, whatever the learner's folder holds: a
learner's edit to one of them is reported by name and never graded. Where the file in
the folder is not the course's (its sha256 differs from the catalogue's), the course's
copy comes from the course's own exercise folder when the folder graded is another one
(an instructor grading a student's copy against a pristine course), else from git, from
the commit ``checker reset`` trusts (see :mod:`checker.course.reset`). Without either the checker
cannot grade and says how to restore the file.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from checker.course.catalogue import Exercise
from checker.course.reset import ResetError, Shipped, shipped


@dataclass
class Pristine:
    """The course's bytes of each protected file, and what the learner changed."""

    files: dict[str, bytes] = field(default_factory=dict)
    edited: list[str] = field(default_factory=list)  # changed or removed by the learner
    unavailable: list[str] = field(default_factory=list)  # edited, and no course copy found


def _digest(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def collect(exercise: Exercise, folder: Path) -> Pristine:
    """The course's copy of every protected file of ``exercise``, next to ``folder``."""
    found = Pristine()
    history: Shipped | None = None
    looked = False
    for name, digest in exercise.protected.items():
        path = folder / name
        content = path.read_bytes() if path.is_file() and not path.is_symlink() else None
        if content is not None and (digest is None or _digest(content) == digest):
            found.files[name] = content
            continue
        found.edited.append(name)
        own = exercise.path / name
        if folder.resolve() != exercise.path.resolve() and digest is not None and own.is_file():
            course_bytes = own.read_bytes()
            if _digest(course_bytes) == digest:
                found.files[name] = course_bytes
                continue
        if not looked:
            looked = True
            try:
                history = shipped(exercise)
            except ResetError:
                history = None
        course = history.files.get(name) if history is not None else None
        if (
            course is not None
            and not course.link
            and (digest is None or _digest(course.content) == digest)
        ):
            found.files[name] = course.content
        else:
            found.unavailable.append(name)
    return found
