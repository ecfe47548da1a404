"""Your tests for ci_summary.py. Run `checker check 39` to see how thorough they are.

These tests read whatever environment the machine has. On your laptop GITHUB_ACTIONS
and GITHUB_STEP_SUMMARY are not set, and they pass; on a GitHub runner both are, and
they would append to the job's real summary. Make every test set the environment it
needs (the monkeypatch fixture), write into tmp_path, and read printed lines with capsys.
"""

from ci_summary import Result, publish, summary

RESULTS = [
    Result("test_basket.py::test_empty_basket", "passed"),
    Result("test_basket.py::test_bulk_discount", "failed", "assert 900 == 810\nmore detail"),
]


def test_the_summary_starts_with_its_heading() -> None:
    assert summary(RESULTS).splitlines()[0] == "### Test results"


def test_publish_counts_the_failures() -> None:
    # TODO: on a GitHub runner this also appends to the machine's own summary file
    assert publish(RESULTS) == 1


# TODO: the counts line, with skipped tests too; failures named with their first line,
#       passed and skipped tests not named.
# TODO: GITHUB_STEP_SUMMARY naming a file in tmp_path that already holds something;
#       unset; set but empty.
# TODO: GITHUB_ACTIONS=true: the ::error lines (capsys); any other value, or none.
# TODO: escaping: a message with %, a newline and a carriage return; a title with , and :.
