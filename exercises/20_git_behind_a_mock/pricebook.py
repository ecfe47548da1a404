"""The history of the shop's price lists, kept in a git repository.

Tessa's corner shop keeps its price lists as CSV files in a git repository, so that
every change of price has a date, an author and a reason. ``PriceHistory`` drives the
``git`` program through ``subprocess.run``. The rules:

* Every git command is run as ``subprocess.run(["git", ...], ...)``: one list, never a
  shell string, in the repository's folder (``cwd``), with ``check=True`` and
  ``timeout=10``, its output captured as text.
* ``record(path, message)`` runs ``git add -- <path>``, then commits with the message as
  the shop (``git -c user.name=Tessa's corner shop -c user.email=orders@tessas-corner.shop
  commit -m <message>``), then asks ``git rev-parse HEAD``, in that order. It returns
  the new commit's id, without the newline git prints after it.
* ``changed_since(revision)`` returns the paths that ``git diff --name-only <revision>
  HEAD`` prints, sorted, without blank entries.
* A git command that fails (a non-zero exit) raises ``GitError``, whose message holds
  what git printed on its standard error.
* A git command still running after 10 seconds raises ``GitTimeout``, a kind of
  ``GitError``.
* When there is no git program on the machine, the error is a ``GitError`` too.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

TIMEOUT_SECONDS = 10
AUTHOR = ["-c", "user.name=Tessa's corner shop", "-c", "user.email=orders@tessas-corner.shop"]


class GitError(Exception):
    """git could not do what the shop asked."""


class GitTimeout(GitError):
    """git took too long; whatever it was doing was stopped."""


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
        except FileNotFoundError as error:
            raise GitError("git is not installed on this machine") from error
        except subprocess.CalledProcessError as error:
            raise GitError(f"{' '.join(command)} failed: {error.stderr.strip()}") from error
        except subprocess.TimeoutExpired as error:
            raise GitTimeout(f"{' '.join(command)} took more than {TIMEOUT_SECONDS} s") from error
        return finished.stdout

    def record(self, path: str, message: str) -> str:
        self._git("add", "--", path)
        self._git(*AUTHOR, "commit", "-m", message)
        return self._git("rev-parse", "HEAD").strip()

    def changed_since(self, revision: str) -> list[str]:
        printed = self._git("diff", "--name-only", revision, "HEAD")
        return sorted(line for line in printed.splitlines() if line.strip())
