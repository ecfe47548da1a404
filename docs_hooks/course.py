"""Make the site follow the course catalogue, ``exercises/catalogue.toml``.

The catalogue is the one list of chapters and exercises, so nothing in ``docs/`` lists
them by hand. This hook builds the navigation from it, appends each chapter's exercises
(statement from the exercise's own README, how to check it, the hints) to the chapter's
page, fills the chapter list on the home page, and writes the "Your progress" page.

The tick boxes it writes (one per exercise, one per chapter, and the progress page's) are
hidden until ``docs/assets/course.js`` shows them: without JavaScript they could not
remember anything, so the page reads as plain text.
"""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from checker import catalogue
from checker.catalogue import Catalogue, Chapter, Exercise

HOME = "index.md"
HOW_IT_WORKS = "how-it-works.md"
INSTRUCTORS = "instructors.md"
PROGRESS = "progress.md"
CHAPTER_LIST_MARKER = "<!-- course:chapters -->"
FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
HEADING = re.compile(r"^(#{1,6})(?=\s)")
# A quiz question, as chapter pages write it: a collapsible `??? question "..."` block.
QUESTION = re.compile(r'^\?{3}\+? question "', re.MULTILINE)

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
        {"For instructors": INSTRUCTORS},
        {"Chapters": chapters},
        {"Your progress": PROGRESS},
    ]
    # `mkdocs serve` rebuilds when the catalogue or an exercise's README changes.
    config.watch.append(str(root / "exercises"))
    return config


def on_files(files: Files, /, *, config: MkDocsConfig) -> Files:
    """Add the "Your progress" page, written from the catalogue."""
    if files.get_file_from_path(PROGRESS) is not None:
        raise PluginError(f"docs/{PROGRESS} is written by the course hook: remove the file.")
    content = progress_page(_loaded(), Path(config.docs_dir), files)
    files.append(File.generated(config, PROGRESS, content=content))
    return files


def on_page_markdown(markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Fill the home page's chapter list; append a chapter's exercises and tick box to it."""
    course = _loaded()
    if page.file.src_uri == HOME:
        if CHAPTER_LIST_MARKER not in markdown:
            raise PluginError(f"docs/{HOME} must hold {CHAPTER_LIST_MARKER} where the chapters go.")
        return markdown.replace(CHAPTER_LIST_MARKER, chapter_list(course, Path(config.docs_dir)))
    for chapter in course.chapters:
        if page.file.src_uri == chapter.page:
            exercises = exercises_section(course.exercises_of(chapter.number))
            return markdown + exercises + chapter_tick(chapter)
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
        tick(
            f"exercise-{number}",
            f"I have done exercise {number} (<code>checker check {number}</code> says so)",
        ),
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


def tick(key: str, label: str) -> str:
    """A tick box that course.js keeps in local storage under ``key``; hidden without it."""
    return (
        f'<div class="course-tick" hidden><label><input type="checkbox" data-course-done="{key}"> '
        f"{label}</label></div>"
    )


def chapter_tick(chapter: Chapter) -> str:
    """The box at the bottom of a chapter page, with the way to the progress page."""
    return (
        '\n\n<div class="course-tick course-tick--chapter" hidden markdown>\n\n'
        f'<label><input type="checkbox" data-course-done="chapter-{chapter.number}"> '
        f"I have finished chapter {chapter.number}</label>\n"
        f"([Your progress](../{PROGRESS}) shows how far you are)\n\n"
        "</div>\n"
    )


def questions_in(page: Path) -> int:
    """How many quiz questions a chapter page asks."""
    return len(QUESTION.findall(page.read_text(encoding="utf-8")))


def progress_page(course: Catalogue, docs: Path, files: Files) -> str:
    """The Markdown of "Your progress": every chapter and exercise, counts and bars."""
    lines = [
        "# Your progress",
        "",
        '!!! note "Your own note, kept in this browser"',
        "    Tick a chapter or an exercise as done on its page, or here, and this page counts",
        "    the ticks. They stay in this browser only: another browser, a private window or",
        "    clearing the site's data starts from nothing. Your quiz answers are kept the same",
        "    way. The **checker** on your machine is what says an exercise is really done:",
        "    `checker list` shows its verdicts, and a tick here does not change them.",
        "",
        '<noscript><p class="course-noscript">Your ticks and quiz answers need JavaScript, '
        "which is off: below is the list of chapters and exercises, without them.</p></noscript>",
        "",
        '<div class="course-summary" hidden>',
        _summary_line("chapter", "Chapters finished"),
        _summary_line("exercise", "Exercises done"),
        '<p class="course-summary__quiz"><strong>Quiz answers:</strong> '
        '<span data-course-quiz-total=""></span></p>',
        "</div>",
        "",
        "## Chapters and exercises",
        "",
        '<div class="course-checklist" markdown>',
        "",
        *(_progress_item(chapter, course, docs, files) for chapter in course.chapters),
        "",
        "</div>",
    ]
    return "\n".join(lines) + "\n"


def _summary_line(kind: str, label: str) -> str:
    return (
        f'<p><strong>{label}:</strong> <span data-course-count="{kind}">0</span> of '
        f'<span data-course-total="{kind}">0</span></p>'
        f'<progress data-course-bar="{kind}" max="1" value="0"></progress>'
    )


def _progress_item(chapter: Chapter, course: Catalogue, docs: Path, files: Files) -> str:
    page = files.get_file_from_path(chapter.page)
    name = f"{chapter.number}. {chapter.title}"
    box = _inline_tick(f"chapter-{chapter.number}", f"Chapter {chapter.number} finished")
    if page is None:
        # Counted in the course's length, but there is nothing to finish yet.
        item = f"- {box.replace(' hidden>', ' hidden disabled>')} {name} *(coming soon)*"
    else:
        asked = questions_in(docs / chapter.page)
        quiz = (
            f' <span class="course-quiz-score" data-course-quiz="{page.url}" '
            f'data-course-questions="{asked}" hidden></span>'
        )
        item = f"- {box} **[{name}]({chapter.page})**" + (quiz if asked else "")
    for exercise in course.exercises_of(chapter.number):
        number = exercise.number
        box = _inline_tick(f"exercise-{number}", f"Exercise {number} done")
        title = f"Exercise {number}: {exercise.title}"
        link = f"[{title}]({chapter.page}#exercise-{number})" if page else title
        item += f"\n    - {box} {link}: `checker check {number}`"
    return item


def _inline_tick(key: str, label: str) -> str:
    return (
        f'<input type="checkbox" class="course-check" data-course-done="{key}" '
        f'aria-label="{label}" hidden>'
    )
