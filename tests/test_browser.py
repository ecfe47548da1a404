"""The site in a real browser: Debian's Chromium, driven by Playwright.

The site is built once for the module, served from 127.0.0.1 on a free port, and opened in
headless Chromium. Each test gets a fresh browser context (empty local storage) in which
every request and every console message is recorded, and every request to another host
is refused, as on a closed network: a page fails on a console error or on such a request.

Playwright drives the Chromium that Debian installs (``executable_path``); it downloads no
browser of its own. Without Chromium or Playwright the tests skip and say why; under CI
(``CI`` set), where ``.ci/run`` installs Chromium, a missing browser fails instead.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

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


class QuietHandler(SimpleHTTPRequestHandler):
    """Serves files without logging each request to stderr."""

    def log_message(self, format: str, *args: Any) -> None:
        pass


@dataclass(frozen=True)
class Served:
    """A folder served over HTTP on this machine, and the address it is served at."""

    folder: Path
    origin: str


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


@pytest.fixture(scope="module")
def chromium() -> str:
    """The path of Debian's Chromium."""
    path = shutil.which("chromium") or "/usr/bin/chromium"
    if not os.access(path, os.X_OK):
        unavailable("no Chromium installed (Debian: apt-get install chromium)")
    return path


@pytest.fixture(scope="module")
def playwright() -> Iterator[Any]:
    """Playwright's synchronous API, started once for the module."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("Playwright for Python is not installed (pip install -e '.[dev]')")
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="module")
def browser(playwright: Any, chromium: str) -> Iterator[Browser]:
    """Headless Chromium, launched once for the module."""
    browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """An HTTP server on 127.0.0.1, on a free port, in a thread, serving an empty folder."""
    folder = tmp_path_factory.mktemp("served")
    handler = partial(QuietHandler, directory=str(folder))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield Served(folder, f"http://127.0.0.1:{httpd.server_address[1]}/")
    httpd.shutdown()
    httpd.server_close()
    thread.join()


@pytest.fixture(scope="module")
def site(server: Served, build_site: Callable[..., Path]) -> str:
    """The site's address, once ``mkdocs build --strict`` has built it into the served folder.

    It is built for that address (``SITE_URL``), as the publish workflow builds it for
    GitHub Pages: Material's instant navigation follows only the links its sitemap lists.
    """
    build_site(server.folder, SITE_URL=server.origin)
    return server.origin


@pytest.fixture
def tab(browser: Browser, site: str) -> Iterator[Tab]:
    """A page in a fresh browser context, recording requests and console messages."""
    context = browser.new_context(color_scheme="light")
    context.set_default_timeout(TIMEOUT_MS)
    tab = Tab(context.new_page(), site)
    local = urlsplit(site).netloc

    def elsewhere(url: str) -> bool:
        parts = urlsplit(url)
        return parts.scheme not in ("data", "blob", "about") and parts.netloc != local

    def refuse(route: Any) -> None:
        tab.foreign.append(route.request.url)
        route.abort()

    context.route(elsewhere, refuse)
    tab.page.on("console", lambda m: m.type == "error" and tab.console.append(f"console: {m.text}"))
    tab.page.on("pageerror", lambda error: tab.console.append(f"uncaught: {error}"))
    yield tab
    context.close()


def pages_of(site: Path) -> list[str]:
    """Every page of the built site, as paths relative to its root."""
    return sorted(
        str(path.parent.relative_to(site)).removeprefix(".") + "/"
        for path in site.rglob("index.html")
    )


def test_every_page_loads_with_no_console_error_and_no_request_to_another_host(
    tab: Tab, server: Served
) -> None:
    paths = [p.lstrip("/") for p in pages_of(server.folder)]
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


def test_code_blocks_get_a_copy_button_and_their_annotations_open_on_a_click(tab: Tab) -> None:
    tab.open("chapters/01-fundamentals/")
    tab.page.locator("article button[data-md-type='copy']").first.wait_for()
    annotation = tab.page.locator(".md-annotation").first
    annotation.locator(".md-annotation__index").click()
    annotation.locator(".md-tooltip").wait_for()
    assert tab.problems() == []


def test_a_quiz_answer_is_judged_at_once_and_survives_a_reload(tab: Tab) -> None:
    tab.open("chapters/01-fundamentals/")
    question = tab.page.locator("details.question").first
    wrong = question.locator(".course-quiz__choice").first
    why = question.locator(".course-quiz__why")
    assert why.first.is_hidden()
    wrong.click()
    assert "Not quite" in question.locator(".course-quiz__feedback").inner_text()
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
    question.locator(".course-quiz__choice:has-text('configfile')").click()
    assert question.locator(".course-quiz__feedback").inner_text() == "Right."
    assert question.locator(".course-quiz__choice--wrong").count() == 0


def test_a_ticked_exercise_and_chapter_show_on_the_progress_page(tab: Tab) -> None:
    tab.open("chapters/01-fundamentals/")
    tab.page.locator("input[data-course-done='exercise-1']").check()
    tab.page.locator("input[data-course-done='chapter-1']").check()
    tab.page.locator("details.question").first.locator(".course-quiz__choice").nth(1).click()

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
    browser: Browser, site: str
) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site + "chapters/01-fundamentals/")
    question = page.locator("details.question").first
    assert question.get_attribute("open") is None
    assert question.locator("input[type=checkbox][checked]").count() == 1
    assert page.locator("input[data-course-done]").first.is_hidden()
    context.close()
