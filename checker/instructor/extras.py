"""An instructor's hidden versions: other correct versions and planted bugs no learner saw.

The folder holds, per exercise, ``NN_name/correct/*.py`` and ``NN_name/bugs/*.patch``
(each patch a unified diff against the subject, as the course's own planted bugs are),
and at its top an optional ``hints.toml`` with a table per exercise folder giving a
hint for some hidden bugs::

    ["01_first_tests"]
    off_by_one = "Boundaries: what happens at exactly the limit?"

A learner never sees a hidden version's name: each is graded under a number
(``hidden_bug_1``, ``hidden_correct_1``, in the order of the file names), and an escaped
hidden bug is reported as "a hidden planted bug", with its hint only where one is given.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

HINTS_FILE = "hints.toml"
HIDDEN_BUG = "hidden_bug_"
HIDDEN_CORRECT = "hidden_correct_"


class ExtrasError(Exception):
    """The folder of hidden versions says something the grader cannot use."""


@dataclass(frozen=True)
class Hidden:
    """One exercise's hidden versions: graded name -> file, and the hidden bugs' hints."""

    correct: dict[str, Path] = field(default_factory=dict)
    bugs: dict[str, Path] = field(default_factory=dict)
    hints: dict[str, str] = field(default_factory=dict)  # graded name -> hint ("" for none)


def read(folder: Path, known: dict[str, str]) -> dict[str, Hidden]:
    """The hidden versions in ``folder``, by exercise folder.

    ``known`` maps each exercise folder of the course to its kind: only write-tests
    exercises have versions.
    """
    if not folder.is_dir():
        raise ExtrasError(f"--extra {folder}: there is no such folder.")
    hints = _hints(folder / HINTS_FILE)
    found: dict[str, Hidden] = {}
    for exercise in sorted(p for p in folder.iterdir() if p.is_dir()):
        name = exercise.name
        if name not in known:
            raise ExtrasError(f"--extra {folder}: {name} is not an exercise of the course.")
        if known[name] != "write-tests":
            raise ExtrasError(
                f"--extra {folder}: {name} is a {known[name]} exercise; only write-tests "
                "exercises have correct versions and planted bugs."
            )
        correct = sorted((exercise / "correct").glob("*.py"))
        bugs = sorted((exercise / "bugs").glob("*.patch"))
        given = hints.pop(name, {})
        unknown = sorted(set(given) - {p.stem for p in bugs})
        if unknown:
            raise ExtrasError(
                f"--extra {folder}: {HINTS_FILE} gives hints for {', '.join(unknown)} in "
                f"{name}, and {name}/bugs/ has no such patch."
            )
        found[name] = Hidden(
            correct={f"{HIDDEN_CORRECT}{i}": p for i, p in enumerate(correct, 1)},
            bugs={f"{HIDDEN_BUG}{i}": p for i, p in enumerate(bugs, 1)},
            hints={f"{HIDDEN_BUG}{i}": given.get(p.stem, "") for i, p in enumerate(bugs, 1)},
        )
    if hints:
        raise ExtrasError(
            f"--extra {folder}: {HINTS_FILE} names {', '.join(sorted(hints))}, which has "
            "no folder of hidden versions."
        )
    return found


def _hints(path: Path) -> dict[str, dict[str, str]]:
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ExtrasError(f"{path} cannot be read: {error}") from None
    for name, table in data.items():
        if not isinstance(table, dict) or not all(isinstance(v, str) and v for v in table.values()):
            raise ExtrasError(f"{path}: [{name!r}] must be a table of bug name = non-empty hint.")
    return {name: dict(table) for name, table in data.items()}
