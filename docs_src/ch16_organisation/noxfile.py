"""The same levels as the Makefile, as nox sessions: `nox -s unit`, `nox -s e2e`..."""

from __future__ import annotations

import nox

LEVELS = ("unit", "integration", "e2e")


# --8<-- [start:nox]
@nox.session(python=False)
@nox.parametrize("level", LEVELS)
def tests(session: nox.Session, level: str) -> None:
    """One level of the suite, alone; extra arguments go to pytest."""
    session.run("python", "-m", "pytest", f"tests/{level}", *session.posargs)


@nox.session(python=False)
def fast(session: nox.Session) -> None:
    """Everything but the end-to-end and slow tests."""
    session.run("python", "-m", "pytest", "-m", "not e2e and not slow", *session.posargs)
# --8<-- [end:nox]
