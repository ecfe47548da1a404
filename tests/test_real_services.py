"""The database exercises and examples on both of their paths: SQLite, as a learner with
nothing installed gets them, and the PostgreSQL server that TEST_DATABASE_URL names, as CI
runs them.

The server is the one on this project's machines (``.ci/run`` starts it): where none
answers, the PostgreSQL tests skip and say why; under CI (``CI`` set) they fail instead.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parent.parent
SERVER = os.environ.get("COURSE_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
DATABASE_EXAMPLES = [REPOSITORY / "docs_src" / "ch10_databases"]

pytestmark = pytest.mark.slow


def database_exercises() -> list[int]:
    """The exercises whose catalogue table names TEST_DATABASE_URL as their backend."""
    with (REPOSITORY / "exercises" / "catalogue.toml").open("rb") as file:
        catalogue = tomllib.load(file)
    return [
        int(entry["folder"][:2])
        for entry in catalogue["exercises"]
        if entry.get("backend_variable") == "TEST_DATABASE_URL"
    ]


def server_answers(url: str) -> str | None:
    """None when the server accepts a connection, else why not."""
    try:
        import psycopg
        from sqlalchemy import make_url
    except ImportError as error:  # pragma: no cover - both are dependencies
        return f"cannot import {error.name}"
    parts = make_url(url)
    try:
        with psycopg.connect(
            host=parts.host,
            port=parts.port or 5432,
            user=parts.username,
            password=parts.password,
            dbname=parts.database,
            connect_timeout=3,
        ):
            return None
    except psycopg.Error as error:
        return f"no PostgreSQL server answers at {parts.host}:{parts.port} ({error})"


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> dict[str, str]:
    """The environment for one backend: without TEST_DATABASE_URL, or with the server's."""
    environment = {k: v for k, v in os.environ.items() if k != "TEST_DATABASE_URL"}
    if request.param == "postgresql":
        problem = server_answers(SERVER)
        if problem and os.environ.get("CI"):
            pytest.fail(f"{problem}, and CI should have started it (see .ci/run)", pytrace=False)
        if problem:
            pytest.skip(problem)
        environment["TEST_DATABASE_URL"] = SERVER
    return environment


def test_there_are_database_exercises_to_run() -> None:
    assert len(database_exercises()) >= 2


@pytest.mark.parametrize("number", database_exercises())
def test_each_database_exercise_verifies_on_the_backend(
    number: int, backend: dict[str, str]
) -> None:
    # verify: not done as shipped; the solution passes, is valid on every correct version
    # and catches every planted bug. The checker's runs inherit the environment.
    checker = Path(sys.executable).with_name("checker")
    result = subprocess.run(
        [str(checker), "verify", str(number)],
        cwd=REPOSITORY,
        env=backend,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("project", DATABASE_EXAMPLES, ids=lambda p: p.name)
def test_the_database_examples_pass_on_the_backend(project: Path, backend: dict[str, str]) -> None:
    environment = backend | {"PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        cwd=project,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
