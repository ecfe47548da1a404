"""The examples the site shows are real: every docs_src project passes under pytest, in
any order, every recorded terminal session still prints what its page shows, and the
examples do not do what the chapters teach against.

A recorded session is ``docs_src/<project>/output/<name>.txt``: its first line is the
command (``$ pytest ARGS``), run in the folder that holds ``output/``; the rest is what it
printed. After a deliberate change, record them again with
``RECORD_DOCS_OUTPUT=1 python -m pytest tests/test_docs_examples.py``.
"""

from __future__ import annotations

import ast
import os
import re
import shlex
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parent.parent


pytestmark = pytest.mark.slow

DOCS_SRC = REPOSITORY / "docs_src"
CONFIG_FILES = ("pytest.toml", "pytest.ini", "pyproject.toml")
# The project's own plugin that shuffles a suite (tests/plugins/shuffled.py), and the seeds
# every example project runs with: a test that passes only after another is caught.
PLUGINS = Path(__file__).resolve().parent / "plugins"
SEEDS = (1, 2, 3)
# Where a recorded session says it ran, instead of this machine's path.
SHOWN_FOLDER = "/home/you/shop"
# Where a traceback into an installed library says it ran.
SHOWN_LIBRARIES = ".../site-packages"
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
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PLUGINS), env.get("PYTHONPATH")]))
    # A run with --cov (chapter 15) keeps its data file, and combines every data file it
    # finds beside it: each run gets a folder of its own, so parallel runs of one project
    # never mix their data, and none is left in docs_src. Its temporary folders go there
    # too: in the shared one, pytest's clean-up of old numbered folders (racing the other
    # runs' clean-ups there) once left a directory listing open (seen on a busy machine),
    # and an example's `filterwarnings = error` failed the run on the ResourceWarning.
    with tempfile.TemporaryDirectory(prefix="docs-coverage-") as data:
        env["COVERAGE_FILE"] = os.path.join(data, ".coverage")
        env["TMPDIR"] = data
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
    # pytest-cov's banner names the Python that ran ("coverage: platform linux, python 3.x").
    session = re.sub(r"(?m)^_* coverage: platform .*$", "coverage: platform ...", session)
    return re.sub(r"(?m)^platform .*$", "platform ...", session)


@pytest.mark.parametrize("project", PROJECTS, ids=_name)
def test_every_example_project_passes_under_pytest(project: Path) -> None:
    result = run_pytest(project, "-q")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("project", PROJECTS, ids=_name)
def test_every_example_project_passes_in_a_shuffled_order(project: Path, seed: int) -> None:
    result = run_pytest(project, "-q", "-p", "shuffled", f"--shuffle-seed={seed}")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("recording", SESSIONS, ids=_name)
def test_every_recorded_session_prints_what_the_page_shows(recording: Path) -> None:
    command, _, shown = recording.read_text(encoding="utf-8").partition("\n")
    assert command.startswith("$ pytest"), f"{recording} must start with '$ pytest ...'"
    folder = recording.parent.parent
    result = run_pytest(folder, *shlex.split(command)[2:])
    printed = (result.stdout + result.stderr).replace(str(folder), SHOWN_FOLDER)
    libraries = sysconfig.get_paths()["purelib"]
    for shown_as_is in (libraries, os.path.relpath(libraries, folder)):
        printed = printed.replace(shown_as_is, SHOWN_LIBRARIES)
    if os.environ.get("RECORD_DOCS_OUTPUT") and comparable(printed) != comparable(shown):
        recording.write_text(f"{command}\n{printed}", encoding="utf-8")
    assert comparable(printed) == comparable(shown)


def test_the_examples_and_recordings_are_found() -> None:
    assert len(PROJECTS) >= 3
    assert SESSIONS


def test_every_recorded_session_is_shown_on_a_page() -> None:
    pages = "\n".join(p.read_text(encoding="utf-8") for p in (REPOSITORY / "docs").rglob("*.md"))
    unused = [_name(s) for s in SESSIONS if s.relative_to(REPOSITORY).as_posix() not in pages]
    assert not unused, f"recorded but shown on no page: {unused}"


def _is_fixture(decorator: ast.expr) -> bool:
    target = decorator.func if isinstance(decorator, ast.Call) else decorator
    return isinstance(target, ast.Attribute) and target.attr == "fixture"


def _checked_in_the_wrong_place(path: Path) -> list[str]:
    """Asserts in shop code (any module that is not a test, demo or conftest) or in fixtures."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    name = path.name
    shop_code = not name.startswith(("test_", "demo_")) and name != "conftest.py"
    shop_code = shop_code and not name.endswith("_spec.py")
    places = [tree] if shop_code else []
    places += [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and any(_is_fixture(d) for d in node.decorator_list)
    ]
    return [
        f"{_name(path)}:{node.lineno}"
        for place in places
        for node in ast.walk(place)
        if isinstance(node, ast.Assert)
    ]


def test_no_example_asserts_in_shop_code_or_in_a_fixture() -> None:
    found = [
        where
        for path in sorted(DOCS_SRC.rglob("*.py"))
        for where in _checked_in_the_wrong_place(path)
    ]
    assert not found, "a fixture prepares and shop code raises; only tests assert"
