"""Look at the learner's files before running anything.

A syntax error is reported with its file and line, a link out of the exercise or in a
loop is refused. Nothing here judges how a test is written: what tests do is judged
from their runs (see :mod:`checker.engine.grade` and the audit in :mod:`checker.engine.plugin`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from checker.course import exercise as files
from checker.course.catalogue import Exercise


@dataclass(frozen=True)
class Problem:
    kind: str
    message: str
    file: str = ""
    line: int = 0


def _syntax(path: Path, folder: Path) -> Problem | None:
    name = path.relative_to(folder).as_posix()
    try:
        compile(path.read_bytes(), name, "exec", dont_inherit=True)
    except SyntaxError as error:
        where = f"{name}, line {error.lineno}"
        text = (error.text or "").rstrip("\n")
        pointer = ""
        if text and error.offset:
            stripped = text.lstrip()
            pointer = (
                "\n    "
                + stripped
                + "\n    "
                + " " * max(0, error.offset - 1 - (len(text) - len(stripped)))
                + "^"
            )
        return Problem(
            "syntax",
            f"Python cannot read {where}: {error.msg}.{pointer}\n"
            "Fix that line and save; nothing runs until every file parses.",
            name,
            error.lineno or 0,
        )
    except ValueError as error:  # null bytes and the like
        return Problem("syntax", f"Python cannot read {name}: {error}.", name)
    return None


def _links(folder: Path) -> list[Problem]:
    """A link that leaves the exercise, or goes round in a loop, stops everything."""
    problems: list[Problem] = []
    inside = os.path.join(os.path.realpath(folder), "")
    for here, folders, names in os.walk(folder):
        for name in [*folders, *names]:
            path = os.path.join(here, name)
            if not os.path.islink(path):
                continue
            shown = Path(path).relative_to(folder).as_posix()
            try:
                target = os.path.realpath(path, strict=True)
            except OSError:
                problems.append(
                    Problem(
                        "link",
                        f"{shown} is a link that leads nowhere or round in a loop. Replace it "
                        "with the file itself, or remove it.",
                        shown,
                    )
                )
                continue
            if not os.path.join(target, "").startswith(inside):
                problems.append(
                    Problem(
                        "link",
                        f"{shown} is a link to {target}, outside the exercise. The checker "
                        "grades only what is in the exercise's folder: copy the file in, or "
                        "remove the link.",
                        shown,
                    )
                )
    return problems


def screen(exercise: Exercise, folder: Path | None = None) -> list[Problem]:
    """Every reason not to run this exercise's tests yet, learner-facing.

    Only what stops Python or the checker from reading the files: links that leave the
    folder, and syntax errors. Everything a test *does* is judged from its runs.
    """
    folder = folder or exercise.path
    problems = _links(folder)
    if problems:
        return problems
    for path in files.files(folder):
        if path.suffix == ".py" and (problem := _syntax(path, folder)):
            problems.append(problem)
    return problems
