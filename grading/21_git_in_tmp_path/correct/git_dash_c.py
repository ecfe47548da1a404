"""The history of the shop's price lists, kept in a git repository.

Tessa's corner shop keeps its price lists as CSV files in a git repository, so that
every change of price has a date, an author and a reason. ``PriceHistory`` drives the
``git`` program through ``subprocess.run``, in the repository's folder. The rules:

* ``record(path, message)`` commits the file at ``path`` with that message, and nothing
  else: other changes in the folder stay uncommitted. It returns the new commit's full
  id (40 hexadecimal digits).
* Every commit it makes has the shop as its author, ``Tessa's corner shop
  <orders@tessas-corner.shop>``, whatever the machine's git configuration says or lacks.
* ``changed_since(revision)`` returns, sorted, the paths that commits after ``revision``
  changed. Changes not yet committed do not count.
* ``is_clean()`` is true when the folder holds nothing uncommitted: no changed file,
  and no new file that git does not track yet.
* ``restore(path, revision)`` puts the file at ``path`` back as it was in ``revision``,
  in the folder only: it commits nothing.
* A git command that fails raises ``GitError``, whose message holds what git printed on
  its standard error (for a revision that does not exist, git's own words about it).
"""

from __future__ import annotations

import subprocess
from pathlib import Path


class GitError(Exception):
    """git could not do what the shop asked."""


class PriceHistory:
    """This version runs `git -C <folder>` and uses git's newer commands (restore, log)."""

    def __init__(self, repository: Path) -> None:
        self.repository = repository

    def _git(self, *arguments: str) -> str:
        finished = subprocess.run(
            ["git", "-C", str(self.repository), *arguments],
            capture_output=True,
            text=True,
            timeout=10,
        )
        if finished.returncode:
            raise GitError(finished.stderr)
        return finished.stdout

    def record(self, path: str, message: str) -> str:
        self._git("add", "--", path)
        self._git(
            "-c",
            "user.email=orders@tessas-corner.shop",
            "-c",
            "user.name=Tessa's corner shop",
            "commit",
            "--only",
            f"--message={message}",
            "--",
            path,
        )
        return self._git("log", "-1", "--format=%H").strip()

    def changed_since(self, revision: str) -> list[str]:
        names = self._git("log", "--format=", "--name-only", f"{revision}..HEAD").split()
        return sorted(set(names))

    def is_clean(self) -> bool:
        return not self._git("status", "--porcelain=v1", "--untracked-files=all").strip()

    def restore(self, path: str, revision: str) -> None:
        self._git("restore", f"--source={revision}", "--worktree", "--", path)
