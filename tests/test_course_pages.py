"""The site as a course: each chapter opens with its learning goals, asks well-formed quiz
questions and ends with its exercises, tick boxes and the way on; the progress page lists
the whole catalogue; the Material features a course needs are on.

The quiz questions are read from the chapter pages' Markdown, as authors write them; the
rest from a site built once for the module with ``mkdocs build --strict``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from mkdocs.utils.yaml import yaml_load

from checker.course import catalogue
from checker.course.catalogue import Catalogue, Chapter

REPOSITORY = Path(__file__).resolve().parent.parent
DOCS = REPOSITORY / "docs"
QUESTION = re.compile(r'^\?{3}\+? question "(?P<question>.+)"$')
OPTION = re.compile(r"^ {4}- \[(?P<mark>[ xX])\] \S")

# What a course needs from Material, and where mkdocs.yml turns it on.
FEATURES = [
    "navigation.instant",
    "navigation.footer",
    "search.highlight",
    "content.code.copy",
    "content.code.annotate",
    "content.tabs.link",
]
EXTENSIONS = ["admonition", "pymdownx.details", "pymdownx.tabbed", "pymdownx.tasklist"]


def chapter_pages() -> list[Path]:
    return sorted((DOCS / "chapters").glob("*.md"))


def questions(page: Path) -> list[tuple[str, list[str]]]:
    """Each quiz question of a page, with the lines of its block."""
    found: list[tuple[str, list[str]]] = []
    for line in page.read_text(encoding="utf-8").splitlines():
        if match := QUESTION.match(line):
            found.append((match["question"], []))
        elif found and (line.startswith("    ") or not line.strip()):
            found[-1][1].append(line)
        elif found and found[-1][1] and line.strip():
            found.append(("", []))  # the block ended: later lines belong to no question
    return [(question, body) for question, body in found if question]


@pytest.fixture(scope="module")
def course() -> Catalogue:
    """The catalogue the site is built from."""
    return catalogue.load(REPOSITORY)


@pytest.fixture(scope="module")
def published(course: Catalogue) -> list[Chapter]:
    """The catalogue's chapters that have a page, in catalogue order."""
    return [c for c in course.chapters if (DOCS / c.page).is_file()]


@pytest.fixture(scope="module")
def config() -> dict[str, Any]:
    """mkdocs.yml, read as MkDocs reads it."""
    return yaml_load((REPOSITORY / "mkdocs.yml").read_text(encoding="utf-8"))


def html_of(site: Path, source: str) -> str:
    return (site / source.removesuffix(".md") / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("page", chapter_pages(), ids=lambda p: p.stem)
def test_a_chapter_page_opens_with_its_title_then_what_the_learner_will_learn(page: Path) -> None:
    lines = [line for line in page.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert lines[0].startswith("# ")
    assert lines[1] == '!!! abstract "What you will learn"'


@pytest.mark.parametrize("page", chapter_pages(), ids=lambda p: p.stem)
def test_every_quiz_question_has_choices_one_right_answer_and_an_explanation(page: Path) -> None:
    asked = questions(page)
    assert len(asked) >= 3, f"{page.name} asks {len(asked)} questions"
    for question, body in asked:
        marks = [m["mark"] for line in body if (m := OPTION.match(line))]
        assert len(marks) >= 2, question
        assert [m.lower() for m in marks].count("x") == 1, question
        text = "\n".join(body)
        assert "    **Why:**" in text, question
        assert text.index("**Why:**") > text.rindex("- ["), "the explanation comes last"


def test_the_course_features_of_material_are_on(config: dict[str, Any]) -> None:
    theme = config["theme"]
    assert theme["font"] is False, "web fonts would be fetched from another host"
    assert set(FEATURES) <= set(theme["features"])
    schemes = [palette["scheme"] for palette in theme["palette"]]
    assert schemes == ["default", "slate"] and all("toggle" in p for p in theme["palette"])
    names = [e if isinstance(e, str) else next(iter(e)) for e in config["markdown_extensions"]]
    assert set(EXTENSIONS) <= set(names)


def test_the_course_script_and_styles_are_the_sites_own(config: dict[str, Any]) -> None:
    for asset in [*config["extra_javascript"], *config["extra_css"]]:
        assert not re.match(r"^(\w+:)?//", asset), asset
        assert (DOCS / asset).is_file(), asset


def test_the_progress_page_is_written_by_the_hook_not_by_hand() -> None:
    assert not (DOCS / "progress.md").exists()


@pytest.mark.slow
def test_each_exercise_heading_is_followed_by_its_tick_box(
    site: Path, course: Catalogue, published: list[Chapter]
) -> None:
    for chapter in published:
        html = html_of(site, chapter.page)
        for exercise in course.exercises_of(chapter.number):
            heading = html.index(f'id="exercise-{exercise.number}"')
            box = html.index(f'data-course-done="exercise-{exercise.number}"')
            assert heading < box < html.index("</h3>", heading) + 400, exercise.label


@pytest.mark.slow
def test_each_chapter_ends_with_its_tick_box_then_links_to_the_neighbouring_chapters(
    site: Path, published: list[Chapter]
) -> None:
    for before, chapter, after in zip(
        [None, *published[:-1]], published, [*published[1:], None], strict=True
    ):
        html = html_of(site, chapter.page)
        article = html[: html.index("</article>")]
        box = article.rindex(f'data-course-done="chapter-{chapter.number}"')
        assert box > article.rfind('id="exercises"'), chapter.page
        footer = r'<a href="([^"]*)" class="md-footer__link md-footer__link--(prev|next)"'
        links = {kind: href for href, kind in re.findall(footer, html)}
        if before is not None:
            assert links["prev"] == f"../{Path(before.page).stem}/", chapter.page
        if after is not None:
            assert links["next"] == f"../{Path(after.page).stem}/", chapter.page


@pytest.mark.slow
def test_the_progress_page_lists_every_chapter_and_exercise_of_the_catalogue(
    site: Path, course: Catalogue, published: list[Chapter]
) -> None:
    html = (site / "progress" / "index.html").read_text(encoding="utf-8")
    boxes = re.findall(r'data-course-done="([a-z]+-\d+)"', html)
    expected = []
    for chapter in course.chapters:
        # A chapter still being written is listed, with no box: there is nothing to finish.
        if chapter in published:
            expected.append(f"chapter-{chapter.number}")
        else:
            assert f"{chapter.number}. {chapter.title}" in html
        expected += [f"exercise-{e.number}" for e in course.exercises_of(chapter.number)]
    assert boxes == expected
    for exercise in course.exercises:
        assert f"checker check {exercise.number}" in html
    for chapter in published:
        asked = len(questions(DOCS / chapter.page))
        url = chapter.page.removesuffix(".md") + "/"
        assert f'data-course-quiz="{url}" data-course-questions="{asked}"' in html
    assert "checker list" in html, "the page must say the checker is the source of truth"


@pytest.mark.slow
def test_the_progress_page_comes_last_in_the_navigation(site: Path) -> None:
    html = (site / "404.html").read_text(encoding="utf-8")
    navigation = html[html.index("md-nav--primary") : html.index("md-content")]
    links = re.findall(r'<a href="([^"]+)" class="md-nav__link', navigation)
    assert links[-1].rstrip("/").endswith("progress"), links


# What only a terminal running pytest prints: a prompt, a banner, an explanation line.
TERMINAL = re.compile(r"^\s*(\$ pytest|={3,} .* ={3,}$|E {3}|collected \d+ item)")


@pytest.mark.parametrize("page", chapter_pages(), ids=lambda p: p.stem)
def test_every_terminal_session_on_a_page_is_a_recorded_one(page: Path) -> None:
    typed = [
        f"{page.name}:{number}"
        for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), 1)
        if TERMINAL.match(line)
    ]
    assert not typed, "include docs_src/<chapter>/output/<name>.txt instead of typing it"


@pytest.mark.parametrize("page", chapter_pages(), ids=lambda p: p.stem)
def test_every_chapter_links_to_the_page_that_introduces_the_shop(page: Path) -> None:
    assert (DOCS / "shop.md").is_file()
    assert "](../shop.md)" in page.read_text(encoding="utf-8")
