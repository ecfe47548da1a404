"""What the course site needs to grade an exercise in the browser, decided at build time.

An exercise with ``browser = true`` in the catalogue gets an editor and a Run button on
its chapter's page; the page's Web Worker loads Pyodide and the wheels below from the
site itself (``nox -s browser-runtime`` fetches them) and grades with the checker's own
code (:mod:`checker.learner.browser`). This module says which exercises can, why the
others cannot, and packs what a Run needs: the exercise's files, its versions and bugs,
the catalogue, and which files the learner edits.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from checker.course import exercise as files
from checker.course.catalogue import CATALOGUE_NAME, Exercise, browser_obstacle

# Pinned: the Pyodide whose npm package the site serves (Python 3.13), and the wheels
# the browser installs into it, all pure Python, from PyPI, at the versions tested with
# it (coverage's above all: checker.engine.memdata stands in for a part of it). The
# checker's own wheel is built from this repository.
PYODIDE_VERSION = "0.29.3"
PYODIDE_PYTHON = "3.13"
WHEELS = (
    # pytest 9: the probes patch its modules (_pytest.raises, _pytest.approx).
    "pytest==9.2.0",
    "pluggy==1.7.0",
    "iniconfig==2.3.1",
    "packaging==26.4",
    "coverage==7.17.5",
    # pytest 9 imports pygments for its terminal's colours.
    "pygments==2.21.0",
    # rich for the verdict's text; markdown-it-py, which it needs for Markdown only, the
    # verdict never loads.
    "rich==15.0.0",
    # Flask and its test client, for the chapters on web apps.
    "flask==3.1.2",
    "werkzeug==3.1.9",
    "jinja2==3.1.6",
    "itsdangerous==2.2.0",
    "click==8.5.1",
    "blinker==1.9.0",
    # The pytest plugins of the chapters on benchmarks and coverage (PLUGINS).
    "pytest-benchmark==5.3.1",
    "py-cpuinfo==9.0.0",
    "pytest-cov==7.1.0",
    # For the conditions that run a suite in random orders (PLUGINS).
    "pytest-randomly==5.1.0",
)
# The pytest plugins an exercise or one of its conditions may name (``plugins`` in the
# catalogue) and still run in the browser: the wheels above hold them.
PLUGINS = frozenset({"benchmark", "pytest_cov", "randomly"})
# Built from their source distributions (PyPI has no pure wheel of them): each has a
# pure-Python fallback for its C extension, which the build leaves out.
FROM_SOURCE = ("markupsafe==3.0.4",)
# What an exercise's files may import in the browser besides the standard library.
SERVED = frozenset(
    {
        "pytest",
        "_pytest",
        "coverage",
        "pytest_benchmark",
        "cpuinfo",
        "pytest_cov",
        "pytest_randomly",
        "flask",
        "werkzeug",
        "jinja2",
        "markupsafe",
        "itsdangerous",
    }
)
# Standard modules that Pyodide's core lacks or that cannot work there (no processes,
# no threads, no sockets; asyncio's loop, the page's own, cannot be run to its end from
# Python, so `asyncio.run` fails).
MISSING_STDLIB = frozenset(
    {
        "sqlite3",
        "subprocess",
        "multiprocessing",
        "threading",
        "concurrent",
        "socket",
        "ssl",
        "asyncio",
    }
)
RUNTIME_HINT = (
    "Running exercises in the browser is not part of this build of the site. To add it, "
    "run `nox -s browser-runtime` in the course folder, then build the site again."
)


def _imports(exercise: Exercise) -> set[str]:
    from checker.engine.run import imports_of

    found: set[str] = set()
    local: set[str] = set()
    for folder in (exercise.path, exercise.solution_path, exercise.grading_path / "correct"):
        if folder.is_dir():
            local |= {p.stem for p in folder.rglob("*") if p.suffix == ".py" or p.is_dir()}
            found |= imports_of(folder)
    return found - local


def unavailable(exercise: Exercise) -> list[str]:
    """The modules the exercise's files import that the browser does not have."""
    names = _imports(exercise)
    missing = {n for n in names if n not in sys.stdlib_module_names and n not in SERVED}
    return sorted(missing | (names & MISSING_STDLIB))


def why_not(exercise: Exercise) -> str | None:
    """Why the browser does not grade ``exercise``, in words for the page; None when it does."""
    if exercise.browser:
        return None
    if obstacle := browser_obstacle(exercise):
        return obstacle
    if missing := unavailable(exercise):
        parts = []
        if absent := [m for m in missing if m not in MISSING_STDLIB]:
            parts.append(f"{_listed(absent)}, which the site does not serve to the browser")
        if broken := [m for m in missing if m in MISSING_STDLIB]:
            parts.append(f"{_listed(broken)}, which cannot work in the browser")
        return "it uses " + "; and ".join(parts)
    return "it has not been tried in the browser yet"


def _listed(names: list[str]) -> str:
    return ", ".join(f"`{name}`" for name in names)


def editable(exercise: Exercise) -> list[str]:
    """The files the learner writes: the ones a solution provides, in a stable order."""
    return [
        path.relative_to(exercise.solution_path).as_posix()
        for path in files.files(exercise.solution_path)
    ]


def _texts(folder: Path, prefix: str) -> dict[str, str]:
    return {
        f"{prefix}/{path.relative_to(folder).as_posix()}": path.read_text(encoding="utf-8")
        for path in files.files(folder)
    }


def bundle(exercise: Exercise) -> dict[str, Any]:
    """What the page's worker needs to grade ``exercise``: every file by its path in the
    course (the catalogue, the exercise as shipped, its grading versions), the files the
    learner edits with their shipped text, and the time limit of one run."""
    course = {f"exercises/{CATALOGUE_NAME}": (exercise.root / "exercises" / CATALOGUE_NAME)}
    texts = {name: path.read_text(encoding="utf-8") for name, path in course.items()}
    texts |= _texts(exercise.path, f"exercises/{exercise.folder}")
    if exercise.grading_path.is_dir():
        texts |= _texts(exercise.grading_path, f"grading/{exercise.folder}")
    shipped = {
        name: texts.get(f"exercises/{exercise.folder}/{name}", "") for name in editable(exercise)
    }
    return {
        "number": exercise.number,
        "folder": exercise.folder,
        "timeout": exercise.timeout,
        "files": texts,
        "editable": shipped,
    }
