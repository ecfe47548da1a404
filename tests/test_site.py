"""The course site: it builds with ``mkdocs build --strict``, follows the catalogue, and
asks nothing of any other host.

The site is built once per module into a temporary folder (a few seconds); the tests
read the HTML that build wrote.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from types import ModuleType

import markdown  # type: ignore[import-untyped]
import pytest

from checker.course import catalogue
from checker.course.catalogue import Catalogue, Chapter

REPOSITORY = Path(__file__).resolve().parent.parent
# The repository address tests/conftest.py builds the site with (REPO_URL).
REPO_URL = "https://github.com/example-school/python-testing-course"

# Attributes through which a page makes the browser fetch something.
FETCHING = {
    "script": "src",
    "link": "href",
    "img": "src",
    "iframe": "src",
    "source": "src",
    "video": "src",
    "audio": "src",
    "embed": "src",
    "object": "data",
}
ELSEWHERE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//", re.IGNORECASE)


class Html(HTMLParser):
    """What the tests need from a page: its text, what it fetches, its links, table rows."""

    def __init__(self) -> None:
        super().__init__()
        self.text = ""
        self.fetches: list[str] = []
        self.links: list[str] = []
        self.rows: list[str] = []
        self._in_row = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        # A canonical or alternate link names the page's address; the browser fetches nothing.
        names_only = tag == "link" and values.get("rel") in ("canonical", "alternate")
        if (url := values.get(FETCHING.get(tag, ""))) is not None and not names_only:
            self.fetches.append(url)
        if tag == "a" and values.get("href"):
            self.links.append(values["href"] or "")
        if tag == "tr":
            self.rows.append("")
            self._in_row = True
        self.text += " "

    def handle_endtag(self, tag: str) -> None:
        self._in_row = self._in_row and tag != "tr"
        self.text += " "

    def handle_data(self, data: str) -> None:
        self.text += data
        if self._in_row:
            self.rows[-1] += data

    @classmethod
    def read(cls, source: str) -> Html:
        page = cls()
        page.feed(source)
        page.text = squeeze(page.text.replace("¶", ""))
        page.rows = [squeeze(row) for row in page.rows]
        return page


def squeeze(text: str) -> str:
    return " ".join(text.split())


def rendered_text(markdown_text: str) -> str:
    """What a reader sees of some Markdown: its text, without the markup."""
    return Html.read(markdown.markdown(markdown_text, extensions=["fenced_code"])).text


def hook_module() -> ModuleType:
    path = REPOSITORY / "docs_hooks" / "course.py"
    spec = importlib.util.spec_from_file_location("course_hook", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build(project: Path, into: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(into)],
        cwd=project,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.fixture(scope="module")
def course() -> Catalogue:
    """The catalogue the site is built from."""
    return catalogue.load(REPOSITORY)


@pytest.fixture(scope="module")
def published(course: Catalogue) -> list[Chapter]:
    """The catalogue's chapters that have a page in docs/."""
    return [c for c in course.chapters if (REPOSITORY / "docs" / c.page).is_file()]


def page_of(site: Path, source: str) -> Html:
    """The built page of a docs/ source file (``chapters/01-x.md``)."""
    path = "index.html" if source == "index.md" else source.removesuffix(".md") + "/index.html"
    return Html.read((site / path).read_text(encoding="utf-8"))


@pytest.mark.slow
def test_the_strict_build_writes_the_home_page(site: Path) -> None:
    assert (site / "index.html").is_file()


@pytest.mark.slow
def test_every_chapter_with_a_page_is_in_the_site_under_its_catalogue_title(
    site: Path, published: list[Chapter]
) -> None:
    assert published, "no chapter has a page yet"
    for chapter in published:
        assert page_of(site, chapter.page).text.count(chapter.title) >= 1, chapter.page


@pytest.mark.slow
def test_the_navigation_lists_the_pages_then_the_chapters_in_catalogue_order(
    site: Path, published: list[Chapter]
) -> None:
    # The 404 page has the navigation and no table of contents inside it.
    html = (site / "404.html").read_text(encoding="utf-8")
    text = Html.read(html[html.index("md-nav--primary") : html.index("md-content")]).text
    entries = ["Home", "How this course works", *(f"{c.number}. {c.title}" for c in published)]
    positions = [text.find(entry) for entry in entries]
    assert -1 not in positions, dict(zip(entries, positions, strict=True))
    assert positions == sorted(positions)


@pytest.mark.slow
def test_each_exercise_statement_is_on_its_chapter_page_with_its_hints_and_check_command(
    site: Path, course: Catalogue
) -> None:
    for exercise in course.exercises:
        page = page_of(site, course.chapter(exercise.chapter).page).text
        readme = (exercise.path / "README.md").read_text(encoding="utf-8")
        title, _, statement = readme.partition("\n")
        assert rendered_text(title.lstrip("# ")) in page
        for block in re.split(r"\n\s*\n", statement.strip()):
            assert rendered_text(block) in page, block
        assert f"checker check {exercise.number}" in page
        # Said once: by the statement, or by the page where the statement does not.
        assert page.count(f"nox -s exercise-{exercise.number} ") == 1
        hints = [page.find(f"Hint {i} {rendered_text(h)}") for i, h in enumerate(exercise.hints, 1)]
        assert -1 not in hints and hints == sorted(hints), exercise.hints


@pytest.mark.slow
def test_a_chapter_without_exercises_gets_no_exercises_section(
    site: Path, course: Catalogue, published: list[Chapter]
) -> None:
    for chapter in published:
        html = (site / chapter.page.removesuffix(".md") / "index.html").read_text(encoding="utf-8")
        assert ('id="exercises"' in html) == bool(course.exercises_of(chapter.number))


@pytest.mark.slow
def test_no_page_fetches_a_script_stylesheet_or_font_from_another_host(site: Path) -> None:
    pages = sorted(site.rglob("*.html"))
    assert pages
    for path in pages:
        foreign = [
            url
            for url in Html.read(path.read_text(encoding="utf-8")).fetches
            if ELSEWHERE.match(url)
        ]
        assert not foreign, f"{path.relative_to(site)} fetches {foreign}"
    for sheet in site.rglob("*.css"):
        css = sheet.read_text(encoding="utf-8")
        assert not re.search(r"""(url\(|@import)\s*['"]?(https?:)?//""", css), sheet


@pytest.mark.slow
def test_the_home_page_lists_the_chapters_written_with_their_exercise_counts_and_no_others(
    site: Path, course: Catalogue, published: list[Chapter]
) -> None:
    home = page_of(site, "index.md")
    for chapter in course.chapters:
        count = len(course.exercises_of(chapter.number)) or "—"
        name = f"{chapter.number}. {chapter.title}"
        listed = any(r.startswith(name) and r.endswith(f" {count}") for r in home.rows)
        assert listed == (chapter in published), name
    for chapter in published:
        assert chapter.page.removesuffix(".md") + "/" in home.links
    if len(published) < len(course.chapters):
        assert f"{len(published)} chapters of the {len(course.chapters)} planned" in home.text
    assert "coming soon" not in home.text.lower()


@pytest.mark.slow
def test_the_home_page_promises_only_what_the_chapters_written_teach(
    site: Path, published: list[Chapter]
) -> None:
    home = page_of(site, "index.md")
    source = (REPOSITORY / "docs" / "index.md").read_text(encoding="utf-8")
    written = {chapter.number for chapter in published}
    items = re.findall(r"^<!-- course:needs ([\d ]+) -->\n- (.*)", source, re.MULTILINE)
    assert items, "the home page names what each chapter teaches"
    for needs, first_line in items:
        shown = rendered_text(first_line) in home.text
        assert shown == ({int(n) for n in needs.split()} <= written), first_line
    assert "course:needs" not in (site / "index.html").read_text(encoding="utf-8")


@pytest.mark.slow
def test_the_home_page_says_how_to_get_the_course_with_the_clone_address_and_the_download(
    site: Path,
) -> None:
    home = page_of(site, "index.md")
    steps = home.text[home.text.index("Three steps") : home.text.rindex("The chapters")]
    assert f"git clone {REPO_URL}.git python-testing-course" in steps
    assert "python-testing-course.zip" in home.links
    assert "python -m pip install -e ." in steps and "checker" in steps
    assert home.text.rindex("Get the course") < home.text.rindex("The chapters")
    assert "<address" not in home.text


def test_without_a_repository_address_the_steps_offer_the_download_alone() -> None:
    steps = hook_module().get_started(None, 172_000)
    assert "[the course as a zip file](python-testing-course.zip) (168 KB)" in steps
    assert "git clone" not in steps


@pytest.mark.slow
def test_every_exercise_section_links_back_to_the_way_to_get_the_course(
    site: Path, course: Catalogue, published: list[Chapter]
) -> None:
    for chapter in published:
        if course.exercises_of(chapter.number):
            assert "../../#get-the-course" in page_of(site, chapter.page).links, chapter.page


@pytest.mark.slow
def test_the_download_holds_the_course_a_learner_needs_and_nothing_of_the_site(
    site: Path, course: Catalogue
) -> None:
    with zipfile.ZipFile(site / "python-testing-course.zip") as archive:
        names = archive.namelist()
    tops = {name.split("/")[1] for name in names}
    assert {name.split("/")[0] for name in names} == {"python-testing-course"}
    assert tops == {
        "pyproject.toml",
        "README.md",
        "noxfile.py",
        ".gitignore",
        "checker",
        "exercises",
        "solutions",
        "grading",
    }
    for exercise in course.exercises:
        assert f"python-testing-course/exercises/{exercise.folder}/README.md" in names
    assert not [n for n in names if "__pycache__" in n or n.endswith((".pyc", "progress.json"))]


@pytest.mark.slow
def test_an_unpacked_download_installs_and_the_checker_runs_from_it(
    site: Path, tmp_path: Path
) -> None:
    with zipfile.ZipFile(site / "python-testing-course.zip") as archive:
        archive.extractall(tmp_path)
    unpacked = tmp_path / "python-testing-course"
    # pip prepares the project as `pip install -e .` does (in an isolated build
    # environment, as a learner's pip would), and installs nothing.
    install = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--dry-run", "--no-deps", "-e", "."],
        cwd=unpacked,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert install.returncode == 0, install.stderr
    assert "Would install pytest-course" in install.stdout
    # The checker of the unpacked copy, run inside it, finds the course and grades exercise 1.
    env = {"PATH": os.environ["PATH"], "NO_COLOR": "1", "PYTHONPATH": str(unpacked)}
    listing = subprocess.run(
        [sys.executable, "-m", "checker", "list"],
        cwd=unpacked,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert listing.returncode == 0, listing.stderr
    assert "First tests for the shop" in listing.stdout
    check = subprocess.run(
        [sys.executable, "-m", "checker", "check", "1"],
        cwd=unpacked,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert check.returncode == 1, check.stdout + check.stderr
    assert "planted bugs" in check.stdout


@pytest.mark.slow
def test_the_progress_page_has_a_box_for_each_chapter_written_and_each_exercise(
    site: Path, course: Catalogue, published: list[Chapter]
) -> None:
    html = (site / "progress" / "index.html").read_text(encoding="utf-8")
    chapters = re.findall(r'data-course-done="chapter-(\d+)"', html)
    exercises = re.findall(r'data-course-done="exercise-(\d+)"', html)
    assert sorted(map(int, chapters)) == [chapter.number for chapter in published]
    assert sorted(map(int, exercises)) == [exercise.number for exercise in course.exercises]
    assert "disabled" not in html


@pytest.mark.slow
def test_the_site_ships_no_source_maps_and_no_other_languages_search_stemmers(
    site: Path,
) -> None:
    assets = site / "assets"
    assert list(assets.rglob("*.map")) == []
    assert not (assets / "javascripts" / "lunr").exists()
    for bundle in [*assets.rglob("*.js"), *assets.rglob("*.css")]:
        assert "sourceMappingURL" not in bundle.read_text(encoding="utf-8"), bundle


@pytest.mark.slow
def test_the_repository_link_asks_nothing_of_githubs_api(site: Path) -> None:
    html = (site / "index.html").read_text(encoding="utf-8")
    assert f'href="{REPO_URL}"' in html
    assert 'data-md-component="source"' not in html


@pytest.mark.slow
def test_a_missing_exercise_readme_fails_the_build_and_names_the_file(tmp_path: Path) -> None:
    for name in ("mkdocs.yml", "docs", "docs_hooks", "docs_overrides", "docs_src", "exercises"):
        source = REPOSITORY / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name)
        else:
            shutil.copy(source, tmp_path / name)
    readme = tmp_path / "exercises" / "01_first_tests" / "README.md"
    readme.unlink()
    result = build(tmp_path, tmp_path / "site")
    assert result.returncode != 0
    assert str(readme) in result.stderr


def test_headings_move_down_but_code_blocks_stay_as_they_are() -> None:
    text = "# Title\n\n## Part\n\n```bash\n# a comment\n```\n\n###### Deepest\n"
    shifted = hook_module().shift_headings(text, 2)
    assert shifted.splitlines() == [
        "### Title",
        "",
        "#### Part",
        "",
        "```bash",
        "# a comment",
        "```",
        "",
        "###### Deepest",
    ]


def test_on_how_this_course_works_the_steps_do_not_send_the_reader_to_that_page() -> None:
    assert "explains the rest" in hook_module().get_started(None, 1024)
    assert "explains the rest" not in hook_module().get_started(None, 1024, on_how_it_works=True)
