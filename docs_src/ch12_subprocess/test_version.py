"""shop_version against the real git, in a repository made for the test."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path
from unittest.mock import patch

import pytest

from version import shop_version


# --8<-- [start:fresh-machine]
@pytest.fixture(autouse=True)
def git_without_my_settings() -> Iterator[None]:
    """The git of a fresh machine: no global or system configuration, no GIT_ variables."""
    with patch.dict(os.environ):
        for name in [name for name in os.environ if name.startswith("GIT_")]:
            del os.environ[name]
        os.environ.update(GIT_CONFIG_GLOBAL=os.devnull, GIT_CONFIG_NOSYSTEM="1")
        yield
# --8<-- [end:fresh-machine]


# --8<-- [start:repository]
IDENTITY = ["-c", "user.name=Test", "-c", "user.email=test@example.com"]


def git(folder: Path, *arguments: str) -> str:
    finished = subprocess.run(
        ["git", *arguments], cwd=folder, capture_output=True, text=True, check=True
    )
    return finished.stdout


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """A repository with one commit, tagged v1.4.0, in the test's own folder."""
    git(tmp_path, "-c", "init.defaultBranch=main", "init", "--quiet")
    (tmp_path / "README").write_text("Tessa's corner shop\n")
    git(tmp_path, "add", "README")
    git(tmp_path, *IDENTITY, "commit", "--quiet", "-m", "First")
    git(tmp_path, *IDENTITY, "tag", "-a", "v1.4.0", "-m", "Release 1.4.0")
    return tmp_path
# --8<-- [end:repository]


# --8<-- [start:real-git]
def test_a_tagged_commit_is_its_tag(checkout: Path) -> None:
    assert shop_version(checkout) == "v1.4.0"


def test_a_commit_after_the_tag_says_how_far_and_which(checkout: Path) -> None:
    git(checkout, *IDENTITY, "commit", "--quiet", "--allow-empty", "-m", "Fix")
    head = git(checkout, "rev-parse", "--short", "HEAD").strip()

    assert shop_version(checkout) == f"v1.4.0-1-g{head}"


def test_outside_a_repository_git_fails(tmp_path: Path) -> None:
    # GIT_CEILING_DIRECTORIES keeps git from finding a repository above tmp_path.
    with patch.dict(os.environ, GIT_CEILING_DIRECTORIES=str(tmp_path.parent)):
        with pytest.raises(subprocess.CalledProcessError) as failed:
            shop_version(tmp_path)
    assert "not a git repository" in failed.value.stderr
# --8<-- [end:real-git]
