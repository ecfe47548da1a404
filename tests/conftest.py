"""Fixtures shared by the checker's tests: a tiny course to run it on, and ways to run it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

# One Playwright and one Chromium for every browser test module (tests/browser_fixtures.py).
from browser_fixtures import axe, browser, chromium, origin, playwright, tab  # noqa: F401

from checker.course.catalogue import Catalogue, load

REPOSITORY = Path(__file__).resolve().parent.parent
FIXTURE_COURSE = Path(__file__).resolve().parent / "fixture_course"
# The repository address the tests' site is built with, as the publish workflow sets it.
REPO_URL = "https://github.com/example-school/python-testing-course"


@pytest.fixture
def course(tmp_path: Path) -> Path:
    """A private copy of the fixture course: three exercises, one of each kind."""
    return Path(shutil.copytree(FIXTURE_COURSE, tmp_path / "course"))


@pytest.fixture
def catalogue(course: Path) -> Catalogue:
    """The fixture course's catalogue, loaded."""
    return load(course)


@pytest.fixture
def hurried(course: Path) -> Catalogue:
    """The fixture course with a 2 s limit on exercise 1 and a planted bug that never
    returns: for the tests about time limits, whose runs last far longer than that."""
    shutil.copy(
        course / "extra" / "never_returns.patch",
        course / "grading" / "01_adding" / "bugs" / "never_returns.patch",
    )
    path = course / "exercises" / "catalogue.toml"
    text = path.read_text().replace("timeout = 60", "timeout = 2")
    text = text.replace(
        'wrong_error = "Invalid input: which error says so?"\n',
        'wrong_error = "Invalid input: which error says so?"\n'
        'never_returns = "Termination: does it always return?"\n',
    )
    text = text.replace('["subtracts", "absolute"]', '["subtracts", "absolute", "never_returns"]')
    path.write_text(text)
    return load(course)


@pytest.fixture
def solve(course: Path) -> Callable[[str], None]:
    """Copy one exercise's solution over it, as a learner pasting the answer would."""

    def solve(folder: str) -> None:
        shutil.copytree(
            course / "solutions" / folder, course / "exercises" / folder, dirs_exist_ok=True
        )

    return solve


@pytest.fixture
def run_checker(course: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run the `checker` command, as a learner types it, in a subprocess inside the course."""
    script = Path(sys.executable).with_name("checker")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "checker"]

    def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*command, *args],
            cwd=cwd or course,
            capture_output=True,
            text=True,
            timeout=120,
            env={"PATH": "/usr/bin:/bin", "NO_COLOR": "1", "PYTHONPATH": str(REPOSITORY)},
        )

    return run


@pytest.fixture
def git(course: Path) -> Callable[..., str]:
    """Run git in the fixture course (or in ``cwd``), with a name to commit under."""

    def git(*args: str, cwd: Path | None = None) -> str:
        settings = ["user.name=Learner", "user.email=learner@example.org", "commit.gpgsign=false"]
        return subprocess.run(
            ["git", *(part for s in settings for part in ("-c", s)), *args],
            cwd=cwd or course,
            check=True,
            capture_output=True,
            text=True,
        ).stdout

    return git


@pytest.fixture
def shipped(course: Path, git: Callable[..., str]) -> Path:
    """The fixture course as a git repository whose one commit is the course as shipped."""
    git("init", "-q")
    git("add", "-A")
    git("commit", "-qm", "The course as shipped")
    return course


BuildSite = Callable[..., Path]


@pytest.fixture(scope="session")
def build_site() -> BuildSite:
    """Build a course's site with ``mkdocs build --strict``; the test fails if it does not."""

    def build(into: Path, project: Path = REPOSITORY, **env: str) -> Path:
        result = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(into)],
            cwd=project,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **env},
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        if result.returncode != 0:
            pytest.fail(f"mkdocs build --strict failed:\n{result.stderr}")
        return into

    return build


class QuietHandler(SimpleHTTPRequestHandler):
    """Serves files without logging each request to stderr."""

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="session")
def site_origin(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """A folder served over HTTP on 127.0.0.1 (a free port, a thread), and its address."""
    folder = tmp_path_factory.mktemp("site")
    handler = partial(QuietHandler, directory=str(folder))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield folder, f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()
    thread.join()


@pytest.fixture(scope="session")
def site(build_site: BuildSite, site_origin: tuple[Path, str]) -> Path:
    """The course's site, built once for the whole run, as the publish workflow builds it.

    It is built for the address it is served at (``SITE_URL``: Material's instant
    navigation follows only the links its sitemap lists) and with a repository address
    (``REPO_URL``), into the folder that ``site_origin`` serves.
    """
    folder, address = site_origin
    return build_site(folder, SITE_URL=address, REPO_URL=REPO_URL)


@pytest.fixture
def is_running() -> Callable[[int], bool]:
    """Whether a process still runs; a killed child nobody has reaped yet (a zombie) does not."""

    def is_running(pid: int) -> bool:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split()[2] != "Z"

    return is_running


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Report the pages' cold weights that the browser tests recorded."""
    weights = [
        (name.removeprefix("cold weight "), value)
        for report in terminalreporter.stats.get("passed", [])
        + terminalreporter.stats.get("failed", [])
        for name, value in getattr(report, "user_properties", [])
        if name.startswith("cold weight ")
    ]
    if weights:
        terminalreporter.section("page weights, cold load")
        for page, weight in weights:
            terminalreporter.write_line(f"{page:<40} {weight}")
