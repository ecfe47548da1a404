"""The examples the site shows are real: every docs_src project passes under pytest, and
every recorded terminal session still prints what its page shows.

A recorded session is ``docs_src/<project>/output/<name>.txt``: its first line is the
command (``$ pytest ARGS``), run in the folder that holds ``output/``; the rest is what it
printed. After a deliberate change, record them again with
``RECORD_DOCS_OUTPUT=1 python -m pytest tests/test_docs_examples.py``.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parent.parent


pytestmark = pytest.mark.slow

DOCS_SRC = REPOSITORY / "docs_src"
CONFIG_FILES = ("pytest.ini", "pyproject.toml")
# Where a recorded session says it ran, instead of this machine's path.
SHOWN_FOLDER = "/home/you/shop"
PROJECTS = sorted({p.parent for name in CONFIG_FILES for p in DOCS_SRC.rglob(name)})
SESSIONS = sorted(DOCS_SRC.rglob("output/*.txt"))


def _name(path: Path) -> str:
    return path.relative_to(DOCS_SRC).as_posix()


def run_pytest(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run pytest in ``folder`` the way the course runs examples: no plugin autoload."""
    # pytest prints full lines on a CI server (it looks at CI and BUILD_NUMBER): the
    # recorded sessions are what a learner's terminal shows, so hide that we are on one.
    hidden = ("PYTEST_", "PY_COLORS", "CI", "BUILD_NUMBER")
    env = {k: v for k, v in os.environ.items() if not k.startswith(hidden)}
    env |= {"PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1", "COLUMNS": "74", "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *args],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def comparable(session: str) -> str:
    """A session without what changes from run to run: durations and version numbers."""
    session = re.sub(r"\bin \d+\.\d+s\b", "in 0.01s", session)
    return re.sub(r"(?m)^platform .*$", "platform ...", session)


@pytest.mark.parametrize("project", PROJECTS, ids=_name)
def test_every_example_project_passes_under_pytest(project: Path) -> None:
    result = run_pytest(project, "-q")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("recording", SESSIONS, ids=_name)
def test_every_recorded_session_prints_what_the_page_shows(recording: Path) -> None:
    command, _, shown = recording.read_text(encoding="utf-8").partition("\n")
    assert command.startswith("$ pytest"), f"{recording} must start with '$ pytest ...'"
    folder = recording.parent.parent
    result = run_pytest(folder, *shlex.split(command)[2:])
    printed = (result.stdout + result.stderr).replace(str(folder), SHOWN_FOLDER)
    if os.environ.get("RECORD_DOCS_OUTPUT") and comparable(printed) != comparable(shown):
        recording.write_text(f"{command}\n{printed}", encoding="utf-8")
    assert comparable(printed) == comparable(shown)


def test_the_examples_and_recordings_are_found() -> None:
    assert len(PROJECTS) >= 3
    assert SESSIONS
