"""Make what Python and pytest say about a learner's file point at the learner's file.

When a test module does not import, pytest's report starts with frames of the machinery
that was importing it (``importlib``, pytest, the checker) and a hint about module names
that is beside the point when a module is missing. Python's own message, and the frames
in the learner's folder, are what teach; this module removes the rest and changes
nothing else.
"""

from __future__ import annotations

import re
from pathlib import Path

# A frame of pytest's short traceback: ``path:line: in function``.
FRAME = re.compile(r"^(?P<path>\S.*?):(?P<line>\d+): in \S+$")
PYTEST_IMPORT_HINT = "Hint: make sure your test modules/packages have valid Python names."


def _outside(path: str, folder: Path) -> bool:
    """Whether a frame's file lies outside the learner's folder (relative paths are in it)."""
    where = Path(path)
    return where.is_absolute() and not where.is_relative_to(folder)


def tidy(text: str, folder: Path) -> str:
    """``text`` without the frames that lead up to the learner's first frame.

    Frames after it stay, wherever they are: a library that the learner's code called
    is part of the story. A traceback with no frame in the folder is left whole.
    """
    lines = text.split("\n")
    frames = [FRAME.match(line) for line in lines]
    if not any(m and not _outside(m["path"], folder) for m in frames):
        return "\n".join(line for line in lines if line != PYTEST_IMPORT_HINT)
    kept: list[str] = []
    skipping = False
    reached = False
    for line, frame in zip(lines, frames, strict=True):
        if line == PYTEST_IMPORT_HINT:
            continue
        if frame:
            outside = _outside(frame["path"], folder)
            reached = reached or not outside
            skipping = outside and not reached
        elif not line.startswith((" ", "\t")):
            skipping = False
        if not skipping:
            kept.append(line)
    return "\n".join(kept)
