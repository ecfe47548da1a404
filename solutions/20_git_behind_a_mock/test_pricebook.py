"""Tests for pricebook.py with subprocess.run replaced: no git runs, every answer is scripted.

A CompletedProcess is what subprocess.run returns; CalledProcessError and TimeoutExpired
are what it raises. Giving the mock those exact objects plays git's answers, and the
mock's record shows which commands the shop's code asked for.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from unittest.mock import MagicMock, patch

import pytest

from pricebook import GitError, GitTimeout, PriceHistory

REPOSITORY = Path("/srv/tessa/prices")


def done(stdout: str = "") -> subprocess.CompletedProcess[str]:
    """What subprocess.run returns when git succeeded."""
    return subprocess.CompletedProcess(args=["git"], returncode=0, stdout=stdout, stderr="")


def commands(run: MagicMock) -> list[list[str]]:
    """The command of each call, whether it was passed by position or as args=."""
    return [c.args[0] if c.args else c.kwargs["args"] for c in run.call_args_list]


@pytest.fixture
def run() -> Iterator[MagicMock]:
    """subprocess.run as pricebook sees it. pricebook does `import subprocess` and calls
    subprocess.run, so the attribute to patch is run on the subprocess module.
    autospec=True: a call the real run would refuse raises TypeError."""
    with patch("pricebook.subprocess.run", autospec=True) as run:
        yield run


def test_record_adds_commits_as_the_shop_then_reads_the_new_id(run: MagicMock) -> None:
    run.side_effect = [done(), done("[main 3f2a9c1] Apples up\n"), done("3f2a9c1e\n")]

    revision = PriceHistory(REPOSITORY).record("prices/fruit.csv", "Apples up 10 cents")

    assert revision == "3f2a9c1e"
    # The exact lists: "--" keeps a path from being read as an option, and -c sets the
    # author for this one command, whatever the machine's git configuration says.
    assert commands(run) == [
        ["git", "add", "--", "prices/fruit.csv"],
        [
            "git",
            "-c",
            "user.name=Tessa's corner shop",
            "-c",
            "user.email=orders@tessas-corner.shop",
            "commit",
            "-m",
            "Apples up 10 cents",
        ],
        ["git", "rev-parse", "HEAD"],
    ]
    for each in run.call_args_list:
        # Compared as a Path: a str of the same folder is just as right.
        assert Path(each.kwargs["cwd"]) == REPOSITORY
        assert each.kwargs["check"] is True
        assert each.kwargs["timeout"] == 10


def test_changed_since_lists_the_diff_sorted_without_blanks(run: MagicMock) -> None:
    run.return_value = done("prices/veg.csv\n\nprices/fruit.csv\n")

    changed = PriceHistory(REPOSITORY).changed_since("1a2b3c")

    assert changed == ["prices/fruit.csv", "prices/veg.csv"]
    assert commands(run) == [["git", "diff", "--name-only", "1a2b3c", "HEAD"]]


def test_a_failing_git_is_a_git_error_that_repeats_what_git_said(run: MagicMock) -> None:
    run.side_effect = subprocess.CalledProcessError(
        returncode=128,
        cmd=["git", "rev-parse", "HEAD"],
        output="",
        stderr="fatal: not a git repository (or any of the parent directories): .git\n",
    )

    with pytest.raises(GitError, match="not a git repository"):
        PriceHistory(REPOSITORY).changed_since("1a2b3c")


@pytest.mark.parametrize(
    ("raised", "expected"),
    [
        (subprocess.TimeoutExpired(cmd=["git", "add"], timeout=10), GitTimeout),
        (FileNotFoundError(2, "No such file or directory", "git"), GitError),
    ],
    ids=["git-hangs", "no-git-at-all"],
)
def test_what_subprocess_raises_becomes_the_shops_own_error(
    run: MagicMock, raised: Exception, expected: Any
) -> None:
    run.side_effect = raised

    with pytest.raises(expected):
        PriceHistory(REPOSITORY).record("prices/fruit.csv", "Apples up")
