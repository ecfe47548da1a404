"""Make the site follow the course catalogue, ``exercises/catalogue.toml``.

The catalogue is the one list of chapters and exercises, so nothing in ``docs/`` lists
them by hand. This hook builds the navigation from it, appends each chapter's exercises
(statement from the exercise's own README, how to check it, the hints) to the chapter's
page, fills the home page (how to get the course, the chapters written so far, what they
teach) and writes the "Your progress" page. It also packs the learner's copy of the course
into the site as a zip, for a learner without git, and leaves out of the built site what
no page uses (source maps, other languages' search stemmers).

The tick boxes it writes (one per exercise, one per chapter, and the progress page's) are
hidden until ``docs/assets/course.js`` shows them: without JavaScript they could not
remember anything, so the page reads as plain text.

Run in the browser: where ``nox -s browser-runtime`` has filled ``docs/runtime/``, each
exercise with ``browser = true`` gets a block that course.js turns into an editor and a
Run button, and the hook adds the exercise's files for it (``runtime/exercises/N.json``,
see :mod:`checker.course.browser`). Without the runtime, the block says how to add it;
every other exercise says why it runs on the learner's machine only.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import tarfile
import zipfile
from pathlib import Path, PurePosixPath

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from checker.course import browser, catalogue
from checker.course.catalogue import Catalogue, Chapter, Exercise

HOME = "index.md"
HOW_IT_WORKS = "how-it-works.md"
SHOP = "shop.md"
INSTRUCTORS = "instructors.md"
PROGRESS = "progress.md"
CHAPTER_LIST_MARKER = "<!-- course:chapters -->"
GET_STARTED_MARKER = "<!-- course:get-started -->"
# A home-page list item that only holds once these chapters are written: the marker, on its
# own line, before the item, which may go on over indented lines.
NEEDS = re.compile(r"^<!-- course:needs ([\d ]+) -->\n(- .*(?:\n {2,}\S.*)*\n?)", re.MULTILINE)
# The learner's copy of the course, served by the site for a learner without git: what
# `pip install -e .` and `checker` need, the exercises and their solutions; not the site's
# sources nor the course's own tests.
DOWNLOAD = "python-testing-course.zip"
DOWNLOAD_FOLDER = "python-testing-course"
DOWNLOAD_HOLDS = (
    "pyproject.toml",
    "README.md",
    "noxfile.py",
    ".gitignore",
    "checker",
    "exercises",
    "solutions",
    "grading",
)
NOT_DOWNLOADED = {"__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache", ".coverage"}
FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
HEADING = re.compile(r"^(#{1,6})(?=\s)")
# A quiz question, as chapter pages write it: a collapsible `??? question "..."` block.
QUESTION = re.compile(r'^\?{3}\+? question "', re.MULTILINE)
# What `nox -s browser-runtime` leaves in docs/: Pyodide, the wheels, the editor, the worker.
RUNTIME = "runtime"
RUNTIME_MANIFEST = f"{RUNTIME}/manifest.json"

_course: Catalogue | None = None
_runtime = False  # whether this build serves the runtime (on_config looks)


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Read the catalogue and build the navigation from the chapters that have a page."""
    global _course, _runtime
    root = Path(config.config_file_path).parent
    try:
        _course = catalogue.load(root)
    except catalogue.CatalogueError as error:
        raise PluginError(f"The course catalogue is broken: {error}") from None
    docs = Path(config.docs_dir)
    _runtime = (docs / RUNTIME_MANIFEST).is_file()
    chapters = [
        {f"{c.number}. {c.title}": c.page} for c in _course.chapters if (docs / c.page).is_file()
    ]
    config.nav = [
        {"Home": HOME},
        {"How this course works": HOW_IT_WORKS},
        {"Meet the shop": SHOP},
        {"For instructors": INSTRUCTORS},
        {"Chapters": chapters},
        {"Your progress": PROGRESS},
    ]
    # `mkdocs serve` rebuilds when the catalogue or an exercise's README changes.
    config.watch.append(str(root / "exercises"))
    return config


def on_files(files: Files, /, *, config: MkDocsConfig) -> Files:
    """Add the "Your progress" page, written from the catalogue, and the course's zip."""
    for generated in (PROGRESS, DOWNLOAD):
        if files.get_file_from_path(generated) is not None:
            raise PluginError(f"docs/{generated} is written by the course hook: remove it.")
    content = progress_page(_loaded(), Path(config.docs_dir), files)
    files.append(File.generated(config, PROGRESS, content=content))
    files.append(File.generated(config, DOWNLOAD, content=course_zip(_loaded().root)))
    if _runtime:
        for exercise in _loaded().exercises:
            if exercise.browser:
                content = json.dumps(browser.bundle(exercise), separators=(",", ":"))
                path = f"{RUNTIME}/exercises/{exercise.number}.json"
                files.append(File.generated(config, path, content=content))
    return files


def on_page_markdown(markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Fill the home page and the set-up steps of "How this course works"; append a
    chapter's exercises and tick box to it."""
    course = _loaded()
    if page.file.src_uri == HOME:
        return home_page(markdown, course, Path(config.docs_dir), config.repo_url, files)
    for chapter in course.chapters:
        if page.file.src_uri == chapter.page:
            exercises = exercises_section(course.exercises_of(chapter.number))
            return markdown + exercises + chapter_tick(chapter)
    if page.file.src_uri == HOW_IT_WORKS:
        steps = get_started(config.repo_url, _size(files), on_how_it_works=True)
        return markdown.replace(GET_STARTED_MARKER, steps)
    return markdown


def on_post_build(*, config: MkDocsConfig) -> None:
    """Leave out what no page needs: source maps, search stemmers of other languages, and
    the code blocks and quizzes in the search index, which every page loads at once."""
    site = Path(config.site_dir)
    _slim_search_index(site / "search" / "search_index.json")
    for source_map in site.joinpath("assets").rglob("*.map"):
        source_map.unlink()
    for bundle in [*site.joinpath("assets").rglob("*.js"), *site.joinpath("assets").rglob("*.css")]:
        text = bundle.read_text(encoding="utf-8")
        if "sourceMappingURL=" in text:
            bundle.write_text(SOURCE_MAP_COMMENT.sub("", text), encoding="utf-8")
    stemmers = site / "assets" / "javascripts" / "lunr"
    kept = stemmers_for(_search_languages(config))
    for path in [*sorted(stemmers.rglob("*"), reverse=True), stemmers]:
        if path.is_file() and path.name not in kept:
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()


CODE_BLOCK = re.compile(r"<pre\b.*?</pre>", re.DOTALL)
TAG = re.compile(r"<[^>]+>")
SPACE = re.compile(r"\s+")


def _slim_search_index(path: Path) -> None:
    """Search finds words in the prose and in inline code. Whole code blocks, the quizzes,
    the progress page's lists and the markup made up well over a third of the index, and
    every page downloads the index on a cold load."""
    if not path.is_file():
        return
    index = json.loads(path.read_text(encoding="utf-8"))
    index["docs"] = [
        {**doc, "text": SPACE.sub(" ", TAG.sub("", CODE_BLOCK.sub(" ", doc.get("text", ""))))}
        for doc in index.get("docs", [])
        if not str(doc.get("location", "")).endswith("#quiz")
        and not str(doc.get("location", "")).startswith(PROGRESS.removesuffix(".md") + "/")
    ]
    path.write_text(json.dumps(index, separators=(",", ":")), encoding="utf-8")


SOURCE_MAP_COMMENT = re.compile(
    r"\n?(?://# sourceMappingURL=\S+|/\*# sourceMappingURL=\S+ \*/)\s*$"
)


def _search_languages(config: MkDocsConfig) -> list[str]:
    search = config.plugins.get("material/search") or config.plugins.get("search")
    languages = getattr(search, "config", {}).get("lang") if search else None
    if isinstance(languages, str):
        return [languages]
    return list(languages or [config.theme.get("language") or "en"])


def stemmers_for(languages: list[str]) -> set[str]:
    """The files of Material's ``lunr`` folder that search in ``languages`` loads.

    English is built into the search worker; any other language loads its stemmer, the
    shared support, and (with more than one language) the multi-language glue.
    """
    others = [language for language in languages if language != "en"]
    if not others:
        return set()
    kept = {"lunr.stemmer.support.min.js", *(f"lunr.{language}.min.js" for language in others)}
    if len(languages) > 1:
        kept.add("lunr.multi.min.js")
    if "ja" in others:
        kept.add("tinyseg.js")
    if "th" in others:
        kept.add("wordcut.js")
    return kept


def _loaded() -> Catalogue:
    if _course is None:
        raise PluginError("The course hook read no catalogue: on_config did not run.")
    return _course


def written(course: Catalogue, docs: Path) -> list[Chapter]:
    """The catalogue's chapters that have a page: the course as far as it is written."""
    return [chapter for chapter in course.chapters if (docs / chapter.page).is_file()]


def home_page(
    markdown: str, course: Catalogue, docs: Path, repo_url: str | None, files: Files
) -> str:
    """The home page with its markers filled from the catalogue and what is written."""
    for marker in (GET_STARTED_MARKER, CHAPTER_LIST_MARKER):
        if marker not in markdown:
            raise PluginError(f"docs/{HOME} must hold {marker}.")
    pages = {chapter.number for chapter in written(course, docs)}

    def keep_if_written(item: re.Match[str]) -> str:
        needed = {int(number) for number in item[1].split()}
        return item[2] if needed <= pages else ""

    markdown = NEEDS.sub(keep_if_written, markdown)
    if "<!-- course:needs" in markdown:
        raise PluginError(
            f"docs/{HOME}: a <!-- course:needs N ... --> line must stand right before a list item."
        )
    return markdown.replace(GET_STARTED_MARKER, get_started(repo_url, _size(files))).replace(
        CHAPTER_LIST_MARKER, chapter_list(course, docs)
    )


def _size(files: Files) -> int:
    download = files.get_file_from_path(DOWNLOAD)
    return len(download.content_bytes) if download else 0


def get_started(repo_url: str | None, size: int, on_how_it_works: bool = False) -> str:
    """Three steps from this page to the first check: get the course, install it, start.

    On "How this course works" itself, the steps do not send the reader to that page.
    """
    kilobytes = f"{max(1, round(size / 1024))} KB"
    download = f"[the course as a zip file]({DOWNLOAD}) ({kilobytes})"
    if repo_url:
        address = repo_url.rstrip("/")
        first = (
            "1.  **Get your own copy of the course.** With git, clone its repository:\n\n"
            f"    ```bash\n    git clone {address}.git {DOWNLOAD_FOLDER}\n"
            f"    cd {DOWNLOAD_FOLDER}\n    ```\n\n"
            f"    Without git, download {download}, unpack it and open a terminal in the "
            f"`{DOWNLOAD_FOLDER}` folder it holds. The repository is at <{address}>."
        )
    else:
        first = (
            f"1.  **Get your own copy of the course.** Download {download}, unpack it and "
            f"open a terminal in the `{DOWNLOAD_FOLDER}` folder it holds. If your instructor "
            "gave you a repository of the course, clone that instead."
        )
    return "\n\n".join(
        [
            first,
            "2.  **Install it** in a virtual environment of its own (Python 3.11 or newer; "
            "on Windows, inside [WSL](how-it-works.md#install-the-course)):\n\n"
            "    ```bash\n    python3 -m venv .venv\n    source .venv/bin/activate\n"
            "    python -m pip install -e .\n    ```",
            "3.  **Start** with `checker`: it lists the exercises and checks the first one, "
            "which fails until you have done it. Then read chapter 1 and do its exercise"
            + (
                "."
                if on_how_it_works
                else "; [How this course works](how-it-works.md) explains the rest."
            ),
        ]
    )


def chapter_list(course: Catalogue, docs: Path) -> str:
    """A table of the chapters written so far, with their exercise counts, and how many
    more the catalogue plans."""
    ready = written(course, docs)
    rows = ["| Chapter | Exercises |", "| --- | --- |"]
    for chapter in ready:
        count = len(course.exercises_of(chapter.number))
        rows.append(f"| [{chapter.number}. {chapter.title}]({chapter.page}) | {count or '—'} |")
    table = "\n".join(rows) + "\n" if ready else "No chapter is written yet.\n"
    waiting = len(course.chapters) - len(ready)
    if waiting:
        table += (
            f"\n{_count(len(ready), 'chapter')} of the {len(course.chapters)} planned "
            f"{'is' if len(ready) == 1 else 'are'} written so far; the others appear here, "
            "and in the menu, as each is finished.\n"
        )
    return table


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def course_zip(root: Path) -> bytes:
    """The learner's copy of the course as a zip, under one top folder.

    In a git checkout it holds the files as the last commit has them, so that a site built
    where a learner has solved exercises never hands out their work (the exercises as
    shipped, always); elsewhere, the files on disk. Every entry has the same date, so the
    same course always gives the same bytes.
    """
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for relative, (content, executable) in sorted(_downloaded_files(root).items()):
            name = PurePosixPath(DOWNLOAD_FOLDER, relative)
            entry = zipfile.ZipInfo(str(name), date_time=(2024, 1, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = (0o755 if executable else 0o644) << 16
            archive.writestr(entry, content)
    return buffer.getvalue()


def _downloadable(parts: tuple[str, ...]) -> bool:
    return (
        bool(parts)
        and parts[0] in DOWNLOAD_HOLDS
        and not NOT_DOWNLOADED.intersection(parts)
        and not any(part.endswith(".egg-info") for part in parts)
        and not parts[-1].endswith(".pyc")
        and parts[-1] != "progress.json"
    )


def _committed(root: Path) -> dict[str, tuple[bytes, bool]] | None:
    """Path -> (content, executable) of every file in the last commit; None outside git."""
    try:
        tar = subprocess.run(
            ["git", "-C", str(root), "archive", "--format=tar", "HEAD"],
            capture_output=True,
            check=True,
            timeout=60,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    found: dict[str, tuple[bytes, bool]] = {}
    with tarfile.open(fileobj=io.BytesIO(tar)) as archive:
        for member in archive.getmembers():
            extracted = archive.extractfile(member) if member.isfile() else None
            if extracted is not None:
                found[member.name] = (extracted.read(), bool(member.mode & 0o100))
    return found


def _downloaded_files(root: Path) -> dict[str, tuple[bytes, bool]]:
    committed = _committed(root)
    if committed is not None:
        return {
            name: file
            for name, file in committed.items()
            if _downloadable(PurePosixPath(name).parts)
        }
    found: dict[str, tuple[bytes, bool]] = {}
    for name in DOWNLOAD_HOLDS:
        top = root / name
        for path in [top] if top.is_file() else sorted(top.rglob("*")):
            parts = path.relative_to(root).parts
            if path.is_file() and _downloadable(parts):
                found["/".join(parts)] = (path.read_bytes(), bool(path.stat().st_mode & 0o100))
    return found


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
        f"*In the folder `exercises/{exercise.folder}/` of your copy of the course "
        f"([get the course](../{HOME}#get-the-course) if you have not yet).*",
        shift_headings(body, 2).strip(),
        # The statement usually says how to check it; the page does not say it twice.
        *(
            []
            if f"checker check {number}`" in body
            else [
                "To check it locally, run either of these from the course folder:",
                f"```text\nchecker check {number}\nnox -s exercise-{number}\n```",
            ]
        ),
        run_block(exercise, _runtime),
        f"Stuck? Open one hint at a time (`checker hint {number}` shows them too).",
        *(_hint(i, hint) for i, hint in enumerate(exercise.hints, 1)),
    ]
    return "\n\n".join(parts) + "\n"


def run_block(exercise: Exercise, runtime: bool) -> str:
    """Run in the browser: the block course.js makes an editor of, or why there is none."""
    number = exercise.number
    why = browser.why_not(exercise)
    if why is not None:
        return (
            f"*This exercise runs on your machine only: {why}. "
            f"Check it there with `checker check {number}`.*"
        )
    if not runtime:
        return f"*{browser.RUNTIME_HINT}*"
    return (
        f'<div class="course-run" data-course-run="{number}" '
        f'data-course-timeout="{exercise.timeout:g}" hidden>\n'
        f"<p><strong>Try it here.</strong> Write your tests in this page and press Run: "
        f"the checker grades them in your browser, as <code>checker check {number}</code> "
        "would, and nothing leaves this page. Your edits are kept in this browser.</p>\n"
        '<button type="button" class="md-button course-run__open">Open the editor</button>\n'
        "</div>"
    )


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
    if page is None:
        # Nothing to finish yet, so no box to tick and nothing counted.
        # "9\." so that Markdown reads a number, not an ordered list, after the bullet.
        item = f"- {chapter.number}\\. {chapter.title} *(being written)*"
    else:
        box = _inline_tick(f"chapter-{chapter.number}", f"Chapter {chapter.number} finished")
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
