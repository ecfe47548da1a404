"""Your tests for pricebook.py, against the real git program. Run `checker check 21`.

Every test gets a repository of its own in tmp_path: nothing outside it is touched,
and pytest removes it in the end. conftest.py (locked) gives git a fresh machine's
configuration, so the shop's code must bring what it needs.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from pricebook import GitError, PriceHistory

# What the tests themselves commit is signed like this: conftest.py leaves git no
# identity of its own, as on a fresh machine.
AS_A_TESTER = ["-c", "user.name=Test", "-c", "user.email=test@example.com"]


def git(repository: Path, *arguments: str) -> str:
    """Run git in the test's repository and return what it printed."""
    return subprocess.run(
        ["git", *arguments], cwd=repository, capture_output=True, text=True, check=True
    ).stdout


# TODO: a fixture `repository` that makes a repository in tmp_path
#       (git -c init.defaultBranch=main init), writes prices/fruit.csv and
#       prices/veg.csv, commits them (with AS_A_TESTER) and returns the folder.


def test_a_recorded_change_is_the_last_commit(tmp_path: Path) -> None:
    # Replace this set-up with your `repository` fixture.
    git(tmp_path, "-c", "init.defaultBranch=main", "init")
    (tmp_path / "fruit.csv").write_text("apple,120\n")

    revision = PriceHistory(tmp_path).record("fruit.csv", "Apples at 1.20")

    assert revision == git(tmp_path, "rev-parse", "HEAD").strip()


# TODO: record leaves other changes alone, and commits as the shop
#       (git log -1 --format=...).
# TODO: changed_since: commit changes after a revision, and change a file without
#       committing it.
# TODO: is_clean: a changed file, a new file.
# TODO: restore: the content comes back, and HEAD does not move.
# TODO: a revision that does not exist (pytest.raises(..., match=...)).
