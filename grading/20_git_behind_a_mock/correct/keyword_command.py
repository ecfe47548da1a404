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


class GitError(Exception):
    """git could not do what the shop asked."""


class GitTimeout(GitError):
    """git took too long; whatever it was doing was stopped."""


class PriceHistory:
    """This version passes the command by keyword (args=), the folder as a str, and
    captures output with pipes and an encoding instead of capture_output and text."""

    def __init__(self, repository: Path) -> None:
        self.repository = repository

    def _git(self, *arguments: str) -> str:
        try:
            return subprocess.run(
                args=["git", *arguments],
                cwd=str(self.repository),
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                encoding="utf-8",
                timeout=10,
                check=True,
            ).stdout
        except subprocess.TimeoutExpired as error:
            raise GitTimeout(f"git {arguments[0]} was stopped after {error.timeout} s") from error
        except subprocess.CalledProcessError as error:
            raise GitError(f"git said: {error.stderr}") from error
        except OSError as error:
            raise GitError(f"cannot run git: {error}") from error

    def record(self, path: str, message: str) -> str:
        self._git("add", "--", path)
        self._git(
            "-c", "user.name=Tessa's corner shop",
            "-c", "user.email=orders@tessas-corner.shop",
            "commit", "-m", message,
        )
        (revision,) = self._git("rev-parse", "HEAD").split()
        return revision

    def changed_since(self, revision: str) -> list[str]:
        paths = [p for p in self._git("diff", "--name-only", revision, "HEAD").split("\n") if p]
        paths.sort()
        return paths
