"""Given for every test in this folder. This file is locked: do not edit it.

Real git reads more than its arguments: the machine's and the user's configuration
(a commit signing key, a default branch, an author), and environment variables such as
GIT_DIR. The fixture below gives each run the git of a fresh machine, so that the tests
behave the same on a laptop, on CI and in the checker.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from unittest.mock import patch

import pytest

HERE = Path(__file__).resolve().parent


@pytest.fixture(scope="session", autouse=True)
def git_as_on_a_fresh_machine() -> Iterator[None]:
    """No configuration from this machine, no GIT_ variables, no identity to fall back on.

    GIT_CEILING_DIRECTORIES stops git from climbing out of this folder: a command run
    here by mistake finds no repository instead of the course's own.
    """
    with patch.dict(os.environ):
        for name in [name for name in os.environ if name.startswith("GIT_")]:
            del os.environ[name]
        os.environ.pop("EMAIL", None)  # git would take it for the author's address
        os.environ.update(
            GIT_CONFIG_GLOBAL=os.devnull,
            GIT_CONFIG_NOSYSTEM="1",
            GIT_CEILING_DIRECTORIES=str(HERE.parent),
        )
        yield


@pytest.fixture(autouse=True)
def no_repository_left_in_the_exercise(request: pytest.FixtureRequest) -> Iterator[None]:
    """A repository belongs in the test's tmp_path. One made in this folder would be found
    by every later test (and by git commands run here): remove it and name the test."""
    yield
    stray = HERE / ".git"
    if stray.exists():
        shutil.rmtree(stray, ignore_errors=True)
        pytest.fail(
            f"{request.node.nodeid} made a git repository in the exercise folder. "
            "Make it in tmp_path, and run git there (cwd=...).",
            pytrace=False,
        )
