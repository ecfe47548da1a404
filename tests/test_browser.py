"""The site in a real browser: Debian's Chromium, driven by Playwright.

The site is built once for the run and served from 127.0.0.1 on a free port (the
``site`` and ``site_origin`` fixtures), and opened in one headless Chromium for the run.
Each test gets a fresh browser context (empty local storage) in which every request and
every console message is recorded, and every request to another host is refused, as on a
closed network: a page fails on a console error or on such a request.

An axe-core audit (the copy ``axe-playwright-python`` bundles) checks every page against
WCAG 2.1 A and AA, and the 24 px targets of WCAG 2.2, in light and dark mode, at a desktop
and a phone width; a report gives each page's weight on a cold load.

Playwright drives the Chromium that Debian installs (``executable_path``); it downloads no
browser of its own. Without Chromium or Playwright the tests skip and say why; under CI
(``CI`` set), where ``.ci/run`` installs Chromium, a missing browser fails instead.
"""

from __future__ import annotations

import gzip
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Locator, Page

REPOSITORY = Path(__file__).resolve().parent.parent

pytestmark = [pytest.mark.browser, pytest.mark.slow]

# Without the background-networking flags Chromium calls Google's hosts at start-up,
# which a closed network refuses (and which a learner's privacy would not welcome either).
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT_MS = 15_000
# What course.js keeps for the site at the server's root, or null.
KEPT = "localStorage.getItem('/.course-progress')"
# The audit: WCAG 2.0 and 2.1 at levels A and AA, and 2.2's 24 px targets (target-size).
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
    "resultTypes": ["violations"],
}
STILL = "*, *::before, *::after { transition: none !important; }"
SCHEMES = ("default", "slate")
WIDTHS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}
# A chapter page, loaded with an empty cache, sends at most this much once compressed.
CHAPTER_BUDGET = 200 * 1024
# Material says "Initializing search" under the search box until its worker is ready.
SEARCH_READY = """() => {
    const meta = document.querySelector(".md-search-result__meta");
    return meta !== null && !/initializ/i.test(meta.textContent);
}"""


def unavailable(reason: str) -> None:
    """Skip, or fail under CI, where .ci/run installs what the browser tests need."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason}, and CI should have installed it (see .ci/run)", pytrace=False)
    pytest.skip(reason)


@dataclass
class Tab:
    """A browser page that records what it asked for and what it said."""

    page: Page
    origin: str
    console: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)

    def open(self, path: str = "") -> None:
        """Load a page of the site, in full (not through instant navigation)."""
        response = self.page.goto(self.origin + path, wait_until="load")
        assert response is not None and response.ok, f"{path}: {response and response.status}"

    def problems(self) -> list[str]:
        """Console errors, uncaught exceptions and requests to another host, so far."""
        return self.console + [f"request to another host: {url}" for url in self.foreign]


def pages_of(site: Path) -> list[str]:
    """Every page of the built site, as paths relative to its root."""
    return sorted(
        str(path.parent.relative_to(site)).removeprefix(".") + "/"
        for path in site.rglob("index.html")
    )


def test_every_page_loads_with_no_console_error_and_no_request_to_another_host(
    tab: Tab, site: Path
) -> None:
    paths = [p.lstrip("/") for p in pages_of(site)]
    assert "progress/" in paths and "chapters/01-fundamentals/" in paths, paths
    for path in paths:
        tab.open(path)
        assert tab.page.locator("article h1").count() == 1, path
        assert tab.problems() == [], path


def test_a_request_to_another_host_is_recorded_and_refused(tab: Tab) -> None:
    tab.open()
    tab.page.evaluate("fetch('http://example.invalid/font.woff2').catch(() => null)")
    assert "request to another host: http://example.invalid/font.woff2" in tab.problems()


def test_instant_navigation_swaps_the_page_and_the_course_script_runs_on_the_new_one(
    tab: Tab,
) -> None:
    tab.open()
    tab.page.evaluate("window.notReloaded = true")
    tab.page.locator(".md-nav--primary a[href$='chapters/01-fundamentals/']").first.click()
    tab.page.wait_for_url("**/chapters/01-fundamentals/")
    tab.page.locator(".course-quiz").first.wait_for()
    assert tab.page.evaluate("window.notReloaded") is True
    assert tab.problems() == []


def test_search_finds_a_term_from_a_chapter_and_highlights_it_on_the_page(tab: Tab) -> None:
    tab.open()
    # The "/" key opens the search box, on a wide screen as on a narrow one. Material
    # searches as keys are typed (a value set without key presses searches nothing), once
    # its worker has read the index.
    tab.page.keyboard.press("/")
    tab.page.wait_for_function(SEARCH_READY)
    tab.page.keyboard.type("introspection")
    hit = tab.page.locator(".md-search-result__item a[href*='chapters/03-assertions/']").first
    hit.wait_for()
    hit.click()
    tab.page.wait_for_url("**/chapters/03-assertions/**")
    assert tab.page.locator("article mark[data-md-highlight]").count() >= 1
    assert tab.problems() == []


def test_the_search_index_is_fetched_only_once_a_reader_starts_to_search(
    browser: Browser, origin: str
) -> None:
    context = browser.new_context()
    page = context.new_page()
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url))
    page.goto(origin + "/chapters/03-assertions/", wait_until="networkidle")
    index = [url for url in fetched if "search_index.json" in url]
    assert index == [], "the index came with the page"
    page.keyboard.press("/")
    page.wait_for_function(SEARCH_READY)
    assert [url for url in fetched if "search_index.json" in url] != []
    context.close()


def test_code_blocks_get_a_copy_button_and_their_annotations_open_on_a_click(tab: Tab) -> None:
    tab.open("chapters/01-fundamentals/")
    tab.page.locator("article button[data-md-type='copy']").first.wait_for()
    annotation = tab.page.locator(".md-annotation").first
    annotation.locator(".md-annotation__index").click()
    annotation.locator(".md-tooltip").wait_for()
    assert tab.problems() == []


def answer(question: Locator, choice: Locator) -> None:
    """Choose an answer to a quiz question and press its button, as a learner does."""
    choice.click()
    question.locator("button.course-quiz__check").click()


def test_a_quiz_answer_is_judged_when_checked_and_survives_a_reload(tab: Tab) -> None:
    tab.open("chapters/01-fundamentals/")
    question = tab.page.locator("details.question").first
    wrong = question.locator(".course-quiz__choice").first
    why = question.locator(".course-quiz__why")
    feedback = question.locator(".course-quiz__feedback")
    wrong.click()
    assert why.first.is_hidden() and feedback.inner_text() == ""
    question.locator("button.course-quiz__check").click()
    assert "Not quite" in feedback.inner_text()
    assert why.first.is_visible() and "Why:" in why.first.inner_text()
    assert question.locator(".course-quiz__choice--right").count() == 1

    tab.page.reload()
    question = tab.page.locator("details.question").first
    assert question.locator("input[type=radio]").first.is_checked()
    assert "Not quite" in question.locator(".course-quiz__feedback").inner_text()
    assert question.locator(".course-quiz__choice--wrong").count() == 1
    assert tab.problems() == []


def test_the_right_answer_is_called_right(tab: Tab) -> None:
    tab.open("chapters/01-fundamentals/")
    question = tab.page.locator("details.question").nth(1)
    answer(question, question.locator(".course-quiz__choice:has-text('configfile')"))
    assert question.locator(".course-quiz__feedback").inner_text() == "Right."
    assert question.locator(".course-quiz__choice--wrong").count() == 0


def test_checking_with_no_choice_asks_for_one_and_keeps_nothing(tab: Tab) -> None:
    tab.open("chapters/01-fundamentals/")
    question = tab.page.locator("details.question").first
    question.locator("button.course-quiz__check").click()
    assert question.locator(".course-quiz__feedback").inner_text() == "Choose an answer first."
    assert question.locator(".course-quiz__why").first.is_hidden()
    assert tab.page.evaluate(KEPT) is None


def test_arrow_keys_move_through_the_choices_and_answer_nothing(tab: Tab) -> None:
    tab.open("chapters/01-fundamentals/")
    question = tab.page.locator("details.question").first
    radios = question.locator("input[type=radio]")
    radios.first.focus()
    tab.page.keyboard.press("Space")
    tab.page.keyboard.press("ArrowDown")
    tab.page.keyboard.press("ArrowDown")
    assert radios.nth(2).is_checked()
    assert question.locator(".course-quiz__feedback").inner_text() == ""
    assert question.locator(".course-quiz__why").first.is_hidden()
    assert tab.page.evaluate(KEPT) is None
    # Tab leaves the group of choices for the button, which Enter presses.
    tab.page.keyboard.press("Tab")
    assert tab.page.evaluate("document.activeElement.className").startswith("md-button")
    tab.page.keyboard.press("Enter")
    assert question.locator(".course-quiz__feedback").inner_text() != ""
    assert question.locator(".course-quiz__why").first.is_visible()


def test_the_first_answer_is_scored_and_trying_again_is_practice(tab: Tab) -> None:
    tab.open("chapters/01-fundamentals/")
    question = tab.page.locator("details.question").nth(1)
    answer(question, question.locator(".course-quiz__choice").first)
    feedback = question.locator(".course-quiz__feedback")
    assert feedback.inner_text().startswith("Not quite")
    button = question.locator("button.course-quiz__check")
    assert button.inner_text() == "Try again (practice)"
    # A new choice clears the marks until it is checked.
    question.locator(".course-quiz__choice:has-text('configfile')").click()
    assert question.locator(".course-quiz__choice--wrong").count() == 0
    button.click()
    assert feedback.inner_text() == (
        "Right. This try is practice: your progress counts your first answer, which was not right."
    )
    tab.open("progress/")
    score = tab.page.locator("[data-course-quiz='chapters/01-fundamentals/']")
    assert score.inner_text().startswith("quiz: 0 right of 1 answered")
    tab.open("chapters/01-fundamentals/")
    question = tab.page.locator("details.question").nth(1)
    assert question.locator(".course-quiz__choice--wrong").count() == 1


def test_a_ticked_exercise_and_chapter_show_on_the_progress_page(tab: Tab) -> None:
    tab.open("chapters/01-fundamentals/")
    tab.page.locator("input[data-course-done='exercise-1']").check()
    tab.page.locator("input[data-course-done='chapter-1']").check()
    question = tab.page.locator("details.question").first
    answer(question, question.locator(".course-quiz__choice").nth(1))

    tab.open("progress/")
    assert tab.page.locator("input[data-course-done='exercise-1']").is_checked()
    assert not tab.page.locator("input[data-course-done='exercise-2']").is_checked()
    assert tab.page.locator("[data-course-count='exercise']").inner_text() == "1"
    assert tab.page.locator("[data-course-count='chapter']").inner_text() == "1"
    assert tab.page.locator("[data-course-bar='exercise']").get_attribute("value") == "1"
    score = tab.page.locator("[data-course-quiz='chapters/01-fundamentals/']")
    assert score.inner_text().startswith("quiz: 1 right of 1 answered")
    assert tab.problems() == []


def test_unticking_on_the_progress_page_lowers_the_count(tab: Tab) -> None:
    tab.open("chapters/02-discovery/")
    tab.page.locator("input[data-course-done='exercise-2']").check()
    tab.open("progress/")
    assert tab.page.locator("[data-course-count='exercise']").inner_text() == "1"
    tab.page.locator("input[data-course-done='exercise-2']").uncheck()
    assert tab.page.locator("[data-course-count='exercise']").inner_text() == "0"
    tab.open("chapters/02-discovery/")
    assert not tab.page.locator("input[data-course-done='exercise-2']").is_checked()


def test_the_dark_mode_toggle_switches_the_colours_and_keeps_them_after_a_reload(tab: Tab) -> None:
    def scheme(name: str) -> None:
        tab.page.locator(f"body[data-md-color-scheme='{name}']").wait_for(state="attached")

    tab.open()
    scheme("default")
    tab.page.locator("label[title='Switch to dark mode']").click()
    scheme("slate")
    tab.page.reload()
    scheme("slate")
    tab.page.locator("label[title='Switch to light mode']").click()
    scheme("default")
    assert tab.problems() == []


def test_without_javascript_quizzes_stay_folded_with_the_answer_and_tick_boxes_hidden(
    browser: Browser, origin: str
) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(origin + "chapters/01-fundamentals/")
    question = page.locator("details.question").first
    assert question.get_attribute("open") is None
    assert question.locator("input[type=checkbox][checked]").count() == 1
    assert page.locator("input[data-course-done]").first.is_hidden()
    context.close()


def test_every_control_of_the_course_shows_where_the_keyboard_is(tab: Tab) -> None:
    tab.open("chapters/01-fundamentals/")
    controls = {
        "tick box": "input[data-course-done='exercise-1']",
        "quiz choice": "details.question input[type=radio]",
        "quiz button": "details.question button.course-quiz__check",
    }
    tab.page.keyboard.press("Tab")  # the keyboard, not the mouse, was used last
    for name, selector in controls.items():
        control = tab.page.locator(selector).first
        control.focus()
        outline = control.evaluate(
            """element => {
                const own = getComputedStyle(element);
                const holder = getComputedStyle(element.closest("label") || element);
                return [own, holder].some(style =>
                    style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2);
            }"""
        )
        assert outline, f"the {name} shows no focus"


def test_the_course_controls_are_at_least_24_px_tall_and_wide(tab: Tab) -> None:
    for width in WIDTHS.values():
        tab.page.set_viewport_size(width)
        tab.open("chapters/01-fundamentals/")
        for selector in (
            "input[data-course-done]",
            "details.question input[type=radio]",
            "details.question button.course-quiz__check",
        ):
            for control in tab.page.locator(selector).all():
                box = control.bounding_box()
                assert box and box["width"] >= 24 and box["height"] >= 24, (selector, box)


def audit(page: Page, axe: str) -> list[str]:
    """The axe-core violations on the page as it is now, one line each."""
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.evaluate(axe)
    found = page.evaluate("options => axe.run(document, options)", AXE_OPTIONS)
    return [
        f"{rule['id']} ({rule['help']}): {[node['target'] for node in rule['nodes'][:5]]}"
        for rule in found["violations"]
    ]


def answer_one_right_and_one_wrong(page: Page) -> None:
    """Answer a page's first two quiz questions, one rightly and one wrongly, if it has them.

    The first choice of each is checked; where both come out the same, the second question
    is tried again (as practice) with a choice that comes out the other way.
    """
    questions = page.locator("details.question")
    if questions.count() < 2:
        return
    outcomes = []
    for index in (0, 1):
        question = questions.nth(index)
        answer(question, question.locator(".course-quiz__choice").first)
        outcomes.append(question.locator(".course-quiz__choice--wrong").count() == 0)
    if outcomes[0] == outcomes[1]:
        second = questions.nth(1)
        other = (
            ":not(.course-quiz__choice--right)" if outcomes[0] else ".course-quiz__choice--right"
        )
        answer(second, second.locator(f".course-quiz__choice{other}").first)


# The audit is the longest test of all: in shards, so that xdist's workers share it.
AXE_SHARDS = 4


@pytest.mark.parametrize("shard", range(AXE_SHARDS), ids=lambda n: f"shard {n + 1}")
def test_every_page_passes_an_axe_audit_in_both_schemes_at_desktop_and_phone_widths(
    tab: Tab, site: Path, axe: str, shard: int
) -> None:
    failures = []
    for path in [p.lstrip("/") for p in pages_of(site)][shard::AXE_SHARDS]:
        tab.page.set_viewport_size(WIDTHS["desktop"])
        tab.open(path)
        answer_one_right_and_one_wrong(tab.page)
        # Colours are audited at rest, not halfway through Material's transitions.
        tab.page.add_style_tag(content=STILL)
        for scheme in SCHEMES:
            # What Material's toggle does: the scheme is an attribute of the body.
            tab.page.evaluate(f"document.body.dataset.mdColorScheme = '{scheme}'")
            for name, size in WIDTHS.items():
                tab.page.set_viewport_size(size)
                tab.page.evaluate("window.dispatchEvent(new Event('resize'))")
                failures += [f"/{path} {scheme} {name}: {v}" for v in audit(tab.page, axe)]
    assert failures == [], "\n".join(failures)


def cold_weight(browser: Browser, origin: str, site: Path, path: str) -> tuple[int, int]:
    """What loading a page with an empty cache fetches: bytes as served, and gzipped."""
    context = browser.new_context()
    page = context.new_page()
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url))
    page.goto(origin + path, wait_until="networkidle")
    context.close()
    raw = compressed = 0
    for url in set(fetched):
        parts = urlsplit(url)
        if not url.startswith(origin):
            continue
        local = site / unquote(parts.path).lstrip("/")
        if local.is_dir():
            local = local / "index.html"
        body = local.read_bytes()
        raw += len(body)
        compressed += len(gzip.compress(body, compresslevel=6))
    return raw, compressed


def test_a_cold_load_of_a_chapter_page_sends_under_200_kb_compressed(
    browser: Browser, origin: str, site: Path, record_property: Any
) -> None:
    heavy = []
    for path in [p.lstrip("/") for p in pages_of(site)]:
        raw, compressed = cold_weight(browser, origin, site, path)
        record_property(
            f"cold weight /{path}",
            f"{compressed / 1024:.0f} KB gzipped, {raw / 1024:.0f} KB as served",
        )
        if path.startswith("chapters/") and compressed > CHAPTER_BUDGET:
            heavy.append(f"/{path}: {compressed / 1024:.0f} KB")
    assert heavy == [], heavy
