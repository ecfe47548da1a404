"""Tests for pricebook.py against the real git program, each in a repository of its own.

Mocks told us which commands the shop runs (exercise 20); only git can tell us what
those commands do: which changes a commit takes, what status reports, where a restored
file comes from.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from pricebook import GitError, PriceHistory

AS_A_TESTER = ["-c", "user.name=Test", "-c", "user.email=test@example.com"]


def git(repository: Path, *arguments: str) -> str:
    """Run git in the test's repository and return what it printed."""
    return subprocess.run(
        ["git", *arguments], cwd=repository, capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture
def repository(tmp_path: Path) -> Path:
    """A repository in the test's own folder with two price lists, committed once.

    -c sets the branch name and the tester's identity for one command each, so this
    works on a fresh machine, where git has neither (conftest.py makes every machine one).
    """
    git(tmp_path, "-c", "init.defaultBranch=main", "init", "--quiet")
    (tmp_path / "prices").mkdir()
    (tmp_path / "prices" / "fruit.csv").write_text("apple,120\npear,90\n")
    (tmp_path / "prices" / "veg.csv").write_text("leek,150\n")
    git(tmp_path, "add", ".")
    git(tmp_path, *AS_A_TESTER, "commit", "--quiet", "-m", "Opening prices")
    return tmp_path


@pytest.fixture
def history(repository: Path) -> PriceHistory:
    return PriceHistory(repository)


def test_record_commits_one_file_as_the_shop_and_returns_the_full_id(
    repository: Path, history: PriceHistory
) -> None:
    (repository / "prices" / "fruit.csv").write_text("apple,130\npear,90\n")
    (repository / "prices" / "veg.csv").write_text("leek,160\n")

    revision = history.record("prices/fruit.csv", "Apples up 10 cents")

    assert revision == git(repository, "rev-parse", "HEAD").strip()
    assert len(revision) == 40
    shown = git(repository, "show", "--name-only", "--format=%an <%ae>|%s", "HEAD")
    author_and_subject, *files = shown.split("\n")
    assert author_and_subject == "Tessa's corner shop <orders@tessas-corner.shop>|Apples up 10 cents"
    assert "prices/fruit.csv" in files and "prices/veg.csv" not in files
    # The leek price was changed but not recorded: it is still waiting.
    assert git(repository, "status", "--porcelain") == " M prices/veg.csv\n"


def test_changed_since_counts_commits_not_waiting_changes(
    repository: Path, history: PriceHistory
) -> None:
    start = git(repository, "rev-parse", "HEAD").strip()
    (repository / "prices" / "veg.csv").write_text("leek,160\n")
    (repository / "prices" / "dairy.csv").write_text("milk,99\n")
    git(repository, "add", ".")
    git(repository, *AS_A_TESTER, "commit", "--quiet", "-m", "Leeks up, milk in")
    (repository / "prices" / "fruit.csv").write_text("apple,1\n")  # not committed

    assert history.changed_since(start) == ["prices/dairy.csv", "prices/veg.csv"]


def test_the_folder_is_clean_only_with_nothing_changed_and_nothing_new(
    repository: Path, history: PriceHistory
) -> None:
    assert history.is_clean()

    (repository / "prices" / "bakery.csv").write_text("bread,250\n")
    assert not history.is_clean()

    (repository / "prices" / "bakery.csv").unlink()
    (repository / "prices" / "veg.csv").write_text("leek,160\n")
    assert not history.is_clean()


def test_restore_brings_an_old_price_list_back_without_a_commit(
    repository: Path, history: PriceHistory
) -> None:
    opening = git(repository, "rev-parse", "HEAD").strip()
    (repository / "prices" / "fruit.csv").write_text("apple,130\npear,90\n")
    latest = history.record("prices/fruit.csv", "Apples up")
    (repository / "prices" / "fruit.csv").write_text("apple,999\n")  # a slip of the finger

    history.restore("prices/fruit.csv", opening)

    assert (repository / "prices" / "fruit.csv").read_text() == "apple,120\npear,90\n"
    assert git(repository, "rev-parse", "HEAD").strip() == latest


def test_a_revision_that_does_not_exist_is_a_git_error_in_gits_words(
    history: PriceHistory,
) -> None:
    # "unknown revision" is git's wording on its standard error; the revision's own name
    # would not do, since a message may name the command that failed.
    with pytest.raises(GitError, match="unknown revision"):
        history.changed_since("no-such-revision")
