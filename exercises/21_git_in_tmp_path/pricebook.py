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

TIMEOUT_SECONDS = 10
AUTHOR = ["-c", "user.name=Tessa's corner shop", "-c", "user.email=orders@tessas-corner.shop"]


class GitError(Exception):
    """git could not do what the shop asked."""


class PriceHistory:
    def __init__(self, repository: Path) -> None:
        self.repository = repository

    def _git(self, *arguments: str) -> str:
        command = ["git", *arguments]
        try:
            finished = subprocess.run(
                command,
                cwd=self.repository,
                capture_output=True,
                text=True,
                check=True,
                timeout=TIMEOUT_SECONDS,
            )
        except subprocess.CalledProcessError as error:
            raise GitError(f"{' '.join(command)} failed: {error.stderr.strip()}") from error
        return finished.stdout

    def record(self, path: str, message: str) -> str:
        self._git("add", "--", path)
        self._git(*AUTHOR, "commit", "-m", message, "--", path)
        return self._git("rev-parse", "HEAD").strip()

    def changed_since(self, revision: str) -> list[str]:
        printed = self._git("diff", "--name-only", revision, "HEAD")
        return sorted(line for line in printed.splitlines() if line.strip())

    def is_clean(self) -> bool:
        return self._git("status", "--porcelain") == ""

    def restore(self, path: str, revision: str) -> None:
        self._git("checkout", revision, "--", path)
