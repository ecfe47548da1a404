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

SHOP = {"user.name": "Tessa's corner shop", "user.email": "orders@tessas-corner.shop"}


class GitError(Exception):
    """git could not do what the shop asked."""


class GitTimeout(GitError):
    """git took too long; whatever it was doing was stopped."""


def _as_shop() -> list[str]:
    options: list[str] = []
    for key, value in SHOP.items():
        options += ["-c", f"{key}={value}"]
    return options


def _run(folder: Path, command: list[str]) -> str:
    try:
        result = subprocess.run(
            command, text=True, capture_output=True, timeout=10, check=True, cwd=folder
        )
    except subprocess.CalledProcessError as failed:
        raise GitError(
            f"exit status {failed.returncode} from {command}; stderr: {failed.stderr!r}"
        ) from failed
    except subprocess.TimeoutExpired as slow:
        raise GitTimeout(f"{command} did not finish in time") from slow
    except FileNotFoundError as missing:
        raise GitError("no git program found; install git") from missing
    return result.stdout


class PriceHistory:
    """This version keeps the running of git in a module function."""

    def __init__(self, repository: Path) -> None:
        self.repository = repository

    def record(self, path: str, message: str) -> str:
        _run(self.repository, ["git", "add", "--", path])
        _run(self.repository, ["git", *_as_shop(), "commit", "-m", message])
        return _run(self.repository, ["git", "rev-parse", "HEAD"]).rstrip("\n")

    def changed_since(self, revision: str) -> list[str]:
        printed = _run(self.repository, ["git", "diff", "--name-only", revision, "HEAD"])
        return sorted(filter(None, printed.splitlines()))
