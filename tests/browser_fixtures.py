"""The browser fixtures that tests/test_browser.py and tests/test_browser_run.py share:
registered once, in tests/conftest.py, so that one Playwright and one Chromium serve both
(two Playwright drivers in one process refuse to start: the second sees the first's loop).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import pytest
from test_browser import CHROMIUM_ARGS, TIMEOUT_MS, Tab, unavailable

if TYPE_CHECKING:
    from playwright.sync_api import Browser


@pytest.fixture(scope="session")
def chromium() -> str:
    """The path of Debian's Chromium."""
    path = shutil.which("chromium") or "/usr/bin/chromium"
    if not os.access(path, os.X_OK):
        unavailable("no Chromium installed (Debian: apt-get install chromium)")
    return path


@pytest.fixture(scope="session")
def playwright() -> Iterator[Any]:
    """Playwright's synchronous API, started once for the run."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("Playwright for Python is not installed (pip install -e '.[dev]')")
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="session")
def browser(playwright: Any, chromium: str) -> Iterator[Browser]:
    """Headless Chromium, launched once for the run."""
    browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture(scope="session")
def origin(site: Path, site_origin: tuple[Path, str]) -> str:
    """The address the built site is served at."""
    return site_origin[1]


@pytest.fixture
def tab(browser: Browser, origin: str) -> Iterator[Tab]:
    """A page in a fresh browser context, recording requests and console messages."""
    context = browser.new_context(color_scheme="light")
    context.set_default_timeout(TIMEOUT_MS)
    tab = Tab(context.new_page(), origin)
    local = urlsplit(origin).netloc

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


@pytest.fixture(scope="session")
def axe() -> str:
    """The source of axe-core, as axe-playwright-python bundles it."""
    try:
        from axe_playwright_python.sync_playwright import Axe
    except ImportError:
        unavailable("axe-playwright-python is not installed (pip install -e '.[dev]')")
    return str(Axe().axe_script)
