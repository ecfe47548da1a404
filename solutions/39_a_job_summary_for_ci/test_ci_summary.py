"""Tests for ci_summary.py that mean the same on a laptop and on a CI runner.

Every test starts from an environment without GitHub's variables (the autouse fixture)
and sets only what it checks, with monkeypatch, which puts everything back afterwards.
Files go to tmp_path; printed lines are read with capsys.
"""

from pathlib import Path

import pytest

from ci_summary import Result, publish, summary

PASSED = Result("test_basket.py::test_empty_basket", "passed")
SKIPPED = Result("test_printer.py::test_receipt_reaches_the_printer", "skipped", "no printer")
FAILED = Result(
    "test_basket.py::test_bulk_discount", "failed", "assert 900 == 810\nwhere 900 = ..."
)
BROKEN = Result("test_coupons.py::test_tenner[TENNER,10]", "failed", "cut 100%\r\ntoo much")


@pytest.fixture(autouse=True)
def no_ci_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever machine runs the tests, they start from no GitHub variables at all."""
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)


@pytest.fixture
def step_summary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A job summary file that a step before ours already wrote to."""
    path = tmp_path / "step_summary.md"
    path.write_text("## Lint\n\nall clean\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(path))
    return path


def test_the_summary_starts_with_its_heading_and_counts_each_outcome() -> None:
    lines = summary([PASSED, FAILED, SKIPPED, PASSED, BROKEN]).splitlines()

    assert lines[0] == "### Test results"
    assert "2 passed, 2 failed, 1 skipped" in lines


def test_the_summary_of_nothing_counts_zeros() -> None:
    assert "0 passed, 0 failed, 0 skipped" in summary([]).splitlines()


def test_failures_are_named_with_the_first_line_of_their_message() -> None:
    text = summary([PASSED, FAILED, SKIPPED])

    assert FAILED.nodeid in text
    assert "assert 900 == 810" in text
    assert "where 900" not in text
    assert PASSED.nodeid not in text
    assert SKIPPED.nodeid not in text


def test_publish_returns_the_number_of_failures() -> None:
    assert publish([PASSED, FAILED, BROKEN, SKIPPED]) == 2
    assert publish([PASSED]) == 0


def test_the_summary_is_appended_to_the_step_summary_file(step_summary: Path) -> None:
    results = [PASSED, FAILED]

    publish(results)

    assert step_summary.read_text(encoding="utf-8") == "## Lint\n\nall clean\n" + summary(results)


@pytest.mark.parametrize("value", [None, ""], ids=["unset", "empty"])
def test_without_a_step_summary_file_nothing_is_written(
    value: str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    if value is not None:
        monkeypatch.setenv("GITHUB_STEP_SUMMARY", value)

    publish([PASSED, FAILED])

    assert list(tmp_path.iterdir()) == []


def test_on_github_actions_each_failure_is_an_error_annotation(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")

    publish([PASSED, FAILED, SKIPPED])

    assert capsys.readouterr().out.splitlines() == [
        "::error title=test_basket.py%3A%3Atest_bulk_discount::assert 900 == 810%0Awhere 900 = ..."
    ]


@pytest.mark.parametrize("value", [None, "false", "1"], ids=["unset", "false", "one"])
def test_elsewhere_nothing_is_printed(
    value: str | None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    if value is not None:
        monkeypatch.setenv("GITHUB_ACTIONS", value)

    publish([PASSED, FAILED])

    assert capsys.readouterr().out == ""


def test_annotations_escape_what_would_end_the_command(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")

    publish([BROKEN])

    assert capsys.readouterr().out == (
        "::error title=test_coupons.py%3A%3Atest_tenner[TENNER%2C10]::cut 100%25%0D%0Atoo much\n"
    )
