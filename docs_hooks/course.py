"""Make the site follow the course catalogue, ``exercises/catalogue.toml``.

The catalogue is the one list of chapters and exercises, so nothing in ``docs/`` lists
them by hand. This hook builds the navigation from it, appends each chapter's exercises
(statement from the exercise's own README, how to check it, the hints) to the chapter's
page, and fills the chapter list on the home page.
"""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from checker import catalogue
from checker.catalogue import Catalogue, Chapter, Exercise

HOME = "index.md"
HOW_IT_WORKS = "how-it-works.md"
CHAPTER_LIST_MARKER = "<!-- course:chapters -->"
FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
HEADING = re.compile(r"^(#{1,6})(?=\s)")

_course: Catalogue | None = None


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Read the catalogue and build the navigation from the chapters that have a page."""
    global _course
    root = Path(config.config_file_path).parent
    try:
        _course = catalogue.load(root)
    except catalogue.CatalogueError as error:
        raise PluginError(f"The course catalogue is broken: {error}") from None
    docs = Path(config.docs_dir)
    chapters = [
        {f"{c.number}. {c.title}": c.page} for c in _course.chapters if (docs / c.page).is_file()
    ]
    config.nav = [
        {"Home": HOME},
        {"How this course works": HOW_IT_WORKS},
        {"Chapters": chapters},
    ]
    # `mkdocs serve` rebuilds when the catalogue or an exercise's README changes.
    config.watch.append(str(root / "exercises"))
    return config


def on_page_markdown(markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Fill the home page's chapter list; append a chapter's exercises to its page."""
    course = _loaded()
    if page.file.src_uri == HOME:
        if CHAPTER_LIST_MARKER not in markdown:
            raise PluginError(f"docs/{HOME} must hold {CHAPTER_LIST_MARKER} where the chapters go.")
        return markdown.replace(CHAPTER_LIST_MARKER, chapter_list(course, Path(config.docs_dir)))
    for chapter in course.chapters:
        if page.file.src_uri == chapter.page:
            return markdown + exercises_section(course.exercises_of(chapter.number))
    return markdown


def _loaded() -> Catalogue:
    if _course is None:
        raise PluginError("The course hook read no catalogue: on_config did not run.")
    return _course


def chapter_list(course: Catalogue, docs: Path) -> str:
    """A table of every chapter: linked when its page exists, with its exercise count."""
    rows = ["| Chapter | Exercises |", "| --- | --- |"]
    for chapter in course.chapters:
        count = len(course.exercises_of(chapter.number))
        rows.append(f"| {_chapter_cell(chapter, docs)} | {count or '—'} |")
    return "\n".join(rows) + "\n"


def _chapter_cell(chapter: Chapter, docs: Path) -> str:
    name = f"{chapter.number}. {chapter.title}"
    if (docs / chapter.page).is_file():
        return f"[{name}]({chapter.page})"
    return f"{name} *(coming soon)*"


def exercises_section(exercises: tuple[Exercise, ...]) -> str:
    """``## Exercises`` with each exercise's statement, check commands and hints."""
    if not exercises:
        return ""
    return "\n\n## Exercises\n\n" + "\n".join(exercise_block(e) for e in exercises)


def exercise_block(exercise: Exercise) -> str:
    readme = exercise.path / "README.md"
    try:
        statement = readme.read_text(encoding="utf-8")
    except OSError as error:
        raise PluginError(
            f"Exercise {exercise.label}: cannot read its statement {readme} ({error.strerror})."
        ) from None
    title, _, body = statement.lstrip().partition("\n")
    if not title.startswith(f"# Exercise {exercise.number}:"):
        raise PluginError(
            f"{readme} must start with '# Exercise {exercise.number}: <title>', not {title!r}."
        )
    number = exercise.number
    parts = [
        f"##{title} {{ #exercise-{number} }}",
        f"*In the folder `exercises/{exercise.folder}/` of your copy of the course.*",
        shift_headings(body, 2).strip(),
        "To check it locally, run either of these from the course folder:",
        f"```text\nchecker check {number}\nnox -s exercise-{number}\n```",
        f"Stuck? Open one hint at a time (`checker hint {number}` shows them too).",
        *(_hint(i, hint) for i, hint in enumerate(exercise.hints, 1)),
    ]
    return "\n\n".join(parts) + "\n"


def _hint(position: int, text: str) -> str:
    return f'??? tip "Hint {position}"\n\n' + "\n".join(f"    {line}" for line in text.splitlines())


def shift_headings(markdown: str, levels: int) -> str:
    """Move every ATX heading ``levels`` deeper (at most ``######``), outside code fences."""
    lines = []
    fence: str | None = None
    for line in markdown.splitlines():
        opening = FENCE.match(line)
        if opening and (fence is None or opening[1].startswith(fence)):
            fence = opening[1][:3] if fence is None else None
        elif fence is None:
            line = HEADING.sub(lambda m: "#" * min(len(m[1]) + levels, 6), line)
        lines.append(line)
    return "\n".join(lines)
