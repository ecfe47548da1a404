"""Apply a planted bug, kept as a unified diff against the exercise's subject.

A planted bug is one small mistake; as a patch it reads as exactly that mistake, and it
keeps applying when the subject's other lines change. Only what ``diff -u`` writes is
understood: ``---``/``+++`` headers, then hunks of context (`` ``), removed (``-``) and
added (``+``) lines. A hunk whose lines are not found is an error naming the hunk.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

HUNK = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")
FUZZ = 50  # how far from its stated line a hunk may have moved


class PatchError(Exception):
    """The patch is not a unified diff, or does not fit the text it is applied to."""


@dataclass
class Hunk:
    start: int  # 1-based line in the original
    before: list[str] = field(default_factory=list)
    after: list[str] = field(default_factory=list)


def parse(patch: str) -> list[Hunk]:
    hunks: list[Hunk] = []
    for line in patch.splitlines(keepends=True):
        if match := HUNK.match(line):
            hunks.append(Hunk(start=int(match[1])))
        elif not hunks or line.startswith(("---", "+++", "\\")):
            continue  # headers, and "\ No newline at end of file"
        elif line.startswith(" ") or line in ("\n", "\r\n"):
            text = line[1:] if line.startswith(" ") else line
            hunks[-1].before.append(text)
            hunks[-1].after.append(text)
        elif line.startswith("-"):
            hunks[-1].before.append(line[1:])
        elif line.startswith("+"):
            hunks[-1].after.append(line[1:])
        else:
            raise PatchError(f"line {line!r} is not part of a unified diff")
    if not hunks:
        raise PatchError("the patch has no hunk (no line starting with @@)")
    return hunks


def _find(lines: list[str], hunk: Hunk, lowest: int) -> int:
    """Where the hunk's old lines stand, searching outward from the line it names."""
    wanted = hunk.start - 1 if hunk.before else hunk.start
    for offset in range(FUZZ + 1):
        for place in (wanted + offset, wanted - offset):
            if place >= lowest and lines[place : place + len(hunk.before)] == hunk.before:
                return place
    raise PatchError(
        f"the hunk at line {hunk.start} does not fit: its lines are not in the subject "
        "near there. Remake the patch against the current subject."
    )


def apply(original: str, patch: str) -> str:
    """The original text with every hunk of the patch applied, in order."""
    lines = original.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    result: list[str] = []
    position = 0
    for hunk in parse(patch):
        place = _find(lines, hunk, position)
        result += lines[position:place] + hunk.after
        position = place + len(hunk.before)
    return "".join(result + lines[position:])
