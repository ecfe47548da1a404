"""Run in the browser: edit an exercise on its page, press Run, read the checker's verdict.

These drive the built site in Debian's headless Chromium, like tests/test_browser.py,
whose fixtures they share (a fresh context per test, every request to another host
refused and reported). They need the runtime that ``nox -s browser-runtime`` puts in
docs/runtime/ before the site is built: without it they skip and say so, and under CI
(where .ci/run builds it first) they fail.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_browser import REPOSITORY, SCHEMES, STILL, WIDTHS, Tab, audit, unavailable
from test_browser_grading import LOOPS_ON_A_BUG, LOOPS_ON_A_CORRECT_VERSION

from checker.course import catalogue, reset

# The browser, the served site and a fresh tab per test come from tests/browser_fixtures.py,
# registered in tests/conftest.py for both browser test modules.

pytestmark = [pytest.mark.browser, pytest.mark.slow]

MANIFEST = REPOSITORY / "docs" / "runtime" / "manifest.json"
# A cold start (Python, the wheels, a first import of pytest) on a busy two-core machine.
VERDICT_MS = 240_000
FINISHED = re.compile(r"^(Done|Not done|Stopped|The checker could not|Python (could|did) not)")
COURSE = catalogue.load(REPOSITORY)
CHAPTER_PAGES = {c.number: c.page.removesuffix(".md") + "/" for c in COURSE.chapters}
LOOP = """
def test_that_never_ends():
    while True:
        pass
"""


@pytest.fixture(scope="session", autouse=True)
def runtime() -> None:
    if not MANIFEST.is_file():
        unavailable("the browser runtime is not built (run `nox -s browser-runtime`)")


def exercise(number: int) -> catalogue.Exercise:
    return next(e for e in COURSE.exercises if e.number == number)


class Exercise:
    """One exercise's Run block on its chapter's page."""

    def __init__(self, tab: Tab, number: int) -> None:
        self.tab = tab
        self.number = number
        self.block = tab.page.locator(f'[data-course-run="{number}"]')

    def open(self) -> Exercise:
        self.tab.open(CHAPTER_PAGES[exercise(self.number).chapter])
        self.block.get_by_role("button", name="Open the editor").click()
        self.block.locator(".cm-content").first.wait_for()
        return self

    def write(self, text: str, index: int = 0) -> None:
        """Replace a file's text as a learner would: select all, then type (paste) it."""
        self.block.locator(".cm-content").nth(index).click()
        self.tab.page.keyboard.press("Control+A")
        self.tab.page.keyboard.insert_text(text)

    def text(self, index: int = 0) -> str:
        holder = self.block.locator(".course-run__editor").nth(index)
        return str(holder.evaluate("holder => holder.courseText()"))

    def run(self, keys: bool = False) -> tuple[str, str]:
        """Press Run (or Ctrl-Enter in the editor) and wait for the end: the status line
        and the verdict's text."""
        status = self.block.locator(".course-run__status")
        if keys:
            self.block.locator(".cm-content").first.press("Control+Enter")
        else:
            self.block.get_by_role("button", name="Run").click()
        self.tab.page.wait_for_function(
            """([selector, pattern]) => {
                const status = document.querySelector(selector);
                const run = status.parentNode.querySelector(".md-button--primary");
                return new RegExp(pattern).test(status.textContent) && !run.disabled;
            }""",
            arg=[f'[data-course-run="{self.number}"] .course-run__status', FINISHED.pattern],
            timeout=VERDICT_MS,
        )
        verdict = self.block.locator(".course-run__verdict").text_content() or ""
        return status.text_content() or "", verdict


def solution(number: int) -> str:
    found = exercise(number)
    (name,) = [p.name for p in found.solution_path.iterdir()]
    return (found.solution_path / name).read_text(encoding="utf-8")


# Pure functions with a coverage goal (1), a configuration (2), fixtures (6), mocks with
# `call` (12, whose collection once overflowed the browser's stack), a Flask app through
# its test client (15), pytest-benchmark (24) and random orders with pytest-randomly (44).
@pytest.mark.parametrize("number", [1, 2, 6, 12, 15, 24, 44])
def test_a_correct_suite_is_done_and_a_weak_one_gets_the_checkers_verdict(
    tab: Tab, number: int
) -> None:
    page = Exercise(tab, number).open()
    page.write(solution(number))
    status, verdict = page.run()
    assert status.startswith("Done"), (status, verdict)
    assert f"✓ Exercise {number} is done." in verdict
    page.write(exercise_as_shipped(number))
    status, verdict = page.run()
    assert status.startswith("Not done"), (status, verdict)
    assert verdict.startswith(f"Exercise {number}: ")
    assert "Next: " in verdict
    if number == 1:
        assert "✗ Your tests caught 0 of 9 planted bugs." in verdict
        assert "escaped. Hint: A boundary" in verdict
        assert "✗ Branch coverage 56% (goal 100%)" in verdict
    assert tab.problems() == []


def exercise_as_shipped(number: int) -> str:
    """The learner's file as the course ships it (from git where it can), whatever a
    learner has done in exercises/."""
    found = exercise(number)
    (name,) = [p.name for p in found.solution_path.iterdir()]
    return reset.shipped(found).files[name].content.decode("utf-8")


def test_a_test_that_never_ends_is_stopped_after_the_time_limit_and_reported(tab: Tab) -> None:
    page = Exercise(tab, 1).open()
    page.write(exercise_as_shipped(1) + LOOP)
    status, verdict = page.run()
    assert status.startswith("Stopped after 20 s: a test never ended"), status
    assert "took longer than 20 s and was stopped while running" in verdict
    assert "test_pricing.py::test_that_never_ends" in verdict
    assert "Look for a loop that never ends" in verdict
    # A fresh Python grades the next run.
    page.write(exercise_as_shipped(1))
    status, verdict = page.run()
    assert status.startswith("Not done"), status
    assert "✓ Valid: your 1 test passes on every correct version." in verdict


def test_a_planted_bug_whose_test_never_ends_counts_as_caught_as_the_checker_counts_it(
    tab: Tab,
) -> None:
    page = Exercise(tab, 1).open()
    page.write(LOOPS_ON_A_BUG)
    status, verdict = page.run()
    assert status.startswith("Not done"), (status, verdict)
    assert "✓ Valid: your 1 test passes on every correct version." in verdict
    assert "✗ Your tests caught 1 of 9 planted bugs." in verdict
    assert "    ✓ empty_basket_charged: caught by a timeout" in verdict
    assert tab.problems() == []


def test_a_correct_version_whose_test_never_ends_is_stopped_and_the_whole_verdict_follows(
    tab: Tab,
) -> None:
    page = Exercise(tab, 1).open()
    page.write(LOOPS_ON_A_CORRECT_VERSION)
    status, verdict = page.run()
    assert status.startswith("Not done"), (status, verdict)
    assert "✗ Not valid yet (2 of 2 tests passed on the reference):" in verdict
    assert (
        "On the correct version 'checked_by_a_helper', the run took longer than 20 s and was "
        "stopped while running test_pricing.py::test_a_negative_quantity_is_refused." in verdict
    )
    assert tab.problems() == []


def test_edits_are_kept_after_a_reload_reset_and_downloaded(tab: Tab) -> None:
    page = Exercise(tab, 4).open()
    # Python has colours: the shipped test file's keywords are tokens of their own.
    assert page.block.locator(".cm-line span").count() > 0
    page.write("def test_mine():\n    assert True\n")
    page.open()
    assert page.text() == "def test_mine():\n    assert True\n"
    with tab.page.expect_download() as download:
        page.block.get_by_role("button", name="Download").click()
    assert download.value.suggested_filename == "test_coupons.py"
    assert Path(download.value.path()).read_text() == "def test_mine():\n    assert True\n"
    tab.page.once("dialog", lambda dialog: dialog.accept())
    page.block.get_by_role("button", name="Reset").click()
    assert page.text() == exercise_as_shipped(4)
    page.open()
    assert page.text() == exercise_as_shipped(4)
    assert tab.problems() == []


def test_an_exercise_the_browser_cannot_grade_says_why_and_how_to_check_it(tab: Tab) -> None:
    tab.open(CHAPTER_PAGES[exercise(22).chapter])
    text = tab.page.locator("article").inner_text()
    assert "This exercise runs on your machine only: it needs the pytest plugin asyncio" in text
    assert tab.page.locator('[data-course-run="22"]').count() == 0


def test_a_chapter_page_fetches_nothing_of_the_runtime_until_an_editor_opens(tab: Tab) -> None:
    fetched: list[str] = []
    tab.page.on("request", lambda request: fetched.append(request.url))
    page = Exercise(tab, 1)
    tab.open(CHAPTER_PAGES[1])
    tab.page.wait_for_load_state("networkidle")
    assert [url for url in fetched if "/runtime/" in url] == []
    page.block.get_by_role("button", name="Open the editor").click()
    page.block.locator(".cm-content").first.wait_for()
    assert any(url.endswith("/runtime/run.js") for url in fetched)


def test_the_editor_and_a_verdict_pass_an_axe_audit_in_both_schemes_and_widths(
    tab: Tab, axe: str
) -> None:
    page = Exercise(tab, 2).open()
    status, _ = page.run(keys=True)
    assert status.startswith("Not done"), status
    tab.page.add_style_tag(content=STILL)
    failures = []
    for scheme in SCHEMES:
        tab.page.evaluate(f"document.body.dataset.mdColorScheme = '{scheme}'")
        for name, size in WIDTHS.items():
            tab.page.set_viewport_size(size)
            failures += [f"{scheme} {name}: {v}" for v in audit(tab.page, axe)]
    assert failures == [], "\n".join(failures)
