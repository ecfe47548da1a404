"""Nox sessions: one per exercise (from the catalogue), the site, the tests, the linters.

nox -s exercise-3      check exercise 3 in an environment of its own
nox -s docs            serve the site (in a terminal) or build it strictly (in CI)
nox -s tests           the project's own tests; arguments after -- go to pytest
nox -s lint            ruff and mypy
"""

from __future__ import annotations

import sys
from pathlib import Path

import nox

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from checker.catalogue import Exercise, load  # noqa: E402 - the catalogue reader is stdlib-only

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.reuse_venv = "yes"
nox.options.sessions = ["tests"]


def _install(session: nox.Session, extra: str = "") -> None:
    """Install the course itself, editable, with one of its dependency groups."""
    session.install("-e", f".[{extra}]" if extra else ".")


def _exercise_session(exercise: Exercise) -> None:
    def check(session: nox.Session) -> None:
        _install(session)
        session.run("checker", "check", str(exercise.number), *session.posargs)

    check.__doc__ = f"Check exercise {exercise.number}: {exercise.title}."
    nox.session(name=f"exercise-{exercise.number}", default=False)(check)


for _exercise in load(ROOT).exercises:
    _exercise_session(_exercise)


@nox.session(default=False)
def docs(session: nox.Session) -> None:
    """Serve the site with live reload in a terminal; build it with --strict elsewhere."""
    _install(session, "docs")
    session.env["NO_MKDOCS_2_WARNING"] = "1"
    if session.interactive and not session.posargs:
        session.run("mkdocs", "serve")
    else:
        session.run("mkdocs", "build", "--strict", *session.posargs)


@nox.session
def tests(session: nox.Session) -> None:
    """The project's own tests; `nox -s tests -- -m "not slow"` skips the slow ones."""
    _install(session, "dev")
    session.run("pytest", *session.posargs)


@nox.session(default=False)
def lint(session: nox.Session) -> None:
    """Ruff (lint and format check) and mypy in strict mode."""
    _install(session, "dev")
    session.run("ruff", "check", ".")
    session.run(
        "ruff", "format", "--check", "checker", "tests", "noxfile.py", "docs_hooks", "benchmarks"
    )
    session.run("mypy")
