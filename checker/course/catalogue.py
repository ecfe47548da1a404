"""Read the course catalogue: the one file that lists chapters and exercises.

Everything else (the CLI, the noxfile, the site and the project's tests) learns the
course's shape from here, so this module also checks the catalogue's own consistency
and turns every mistake in it into a :class:`CatalogueError` that names the entry.
"""

from __future__ import annotations

import itertools
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, cast

CATALOGUE_NAME = "catalogue.toml"
FORMAT = 1
KINDS = ("write-tests", "complete", "configure")
Kind = Literal["write-tests", "complete", "configure"]
FOLDER_PATTERN = re.compile(r"^(?P<number>\d{2})_[a-z0-9_]+$")
VERSION_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
DEFAULT_TIMEOUT = 30.0
DEFAULT_POINTS = 1.0
# Settings an exercise can require to be in force in the learner's configuration.
SETTINGS = ("strict_markers", "strict_config")


class CatalogueError(Exception):
    """The catalogue cannot be read or says something inconsistent."""


@dataclass(frozen=True)
class Chapter:
    number: int
    slug: str
    title: str

    @property
    def page(self) -> str:
        """The chapter's page, relative to ``docs/``."""
        return f"chapters/{self.number:02d}-{self.slug}.md"


@dataclass(frozen=True)
class Condition:
    """A side the suite must also be right on: an environment, or a way of running it.

    The checker runs the suite once on the default side (every condition's variables
    unset, no extra arguments) and once per condition: with its variables set, its extra
    plugins and arguments (``-n 2`` under pytest-xdist, ``-m unit``), or, for
    ``random_orders = N``, N times under pytest-randomly with a fresh seed each.
    """

    name: str
    environment: dict[str, str] = field(default_factory=dict)
    expect_outcomes: dict[str, str] = field(default_factory=dict)
    args: tuple[str, ...] = ()
    plugins: tuple[str, ...] = ()
    random_orders: int = 0
    # The node ids that must run on this side, no more and no fewer (None: not checked).
    expect_run: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Exercise:
    """One exercise as the catalogue describes it, with paths resolved in the course."""

    number: int
    folder: str
    chapter: int
    title: str
    kind: Kind
    hints: tuple[str, ...]
    root: Path
    timeout: float = DEFAULT_TIMEOUT
    plugins: tuple[str, ...] = ()
    args: tuple[str, ...] = ()
    subject: str | None = None
    locked: dict[str, str] = field(default_factory=dict)
    correct: tuple[str, ...] = ()
    bugs: dict[str, str] = field(default_factory=dict)
    constructs: tuple[str, ...] = ()
    coverage: float | None = None
    expect_collected: tuple[str, ...] = ()
    expect_outcomes: dict[str, str] = field(default_factory=dict)
    rules: dict[str, tuple[str, ...]] = field(default_factory=dict)
    conditions: tuple[Condition, ...] = ()
    hooks: tuple[str, ...] = ()
    backend_variable: str | None = None
    settings: tuple[str, ...] = ()
    points: float = DEFAULT_POINTS
    # A call of time.sleep during a run fails the test that made it.
    forbid_sleep: bool = False
    # Files a run leaves in the exercise's folder or the temporary folder are reported.
    no_leftovers: bool = False
    # Planted bug -> the name of the condition whose side it runs on (default: no condition).
    bug_sides: dict[str, str] = field(default_factory=dict)
    # The course site offers an editor and a Run button that grade it in the browser.
    browser: bool = False

    @property
    def protected(self) -> dict[str, str | None]:
        """The files the learner must not change, each with its sha256 where it is known:
        the locked files and, in a write-tests exercise, the subject."""
        found: dict[str, str | None] = dict(self.locked)
        if self.subject and self.subject not in found:
            found[self.subject] = None
        return found

    @property
    def path(self) -> Path:
        """The learner's folder."""
        return self.root / "exercises" / self.folder

    @property
    def solution_path(self) -> Path:
        return self.root / "solutions" / self.folder

    @property
    def grading_path(self) -> Path:
        """Where the other correct versions and the planted bugs live."""
        return self.root / "grading" / self.folder

    def correct_file(self, name: str) -> Path:
        return self.grading_path / "correct" / f"{name}.py"

    def bug_file(self, name: str) -> Path:
        """A planted bug: a unified diff against the subject (``diff -u``)."""
        return self.grading_path / "bugs" / f"{name}.patch"

    @property
    def label(self) -> str:
        return f"{self.number} ({self.folder})"


@dataclass(frozen=True)
class Catalogue:
    root: Path
    chapters: tuple[Chapter, ...]
    exercises: tuple[Exercise, ...]

    def exercise(self, number: int) -> Exercise:
        for exercise in self.exercises:
            if exercise.number == number:
                return exercise
        raise KeyError(number)

    def chapter(self, number: int) -> Chapter:
        for chapter in self.chapters:
            if chapter.number == number:
                return chapter
        raise KeyError(number)

    def exercises_of(self, chapter: int) -> tuple[Exercise, ...]:
        return tuple(e for e in self.exercises if e.chapter == chapter)


def find_root(start: Path) -> Path | None:
    """The nearest folder at or above ``start`` that holds ``exercises/catalogue.toml``."""
    for folder in (start, *start.parents):
        if (folder / "exercises" / CATALOGUE_NAME).is_file():
            return folder
    return None


def load(root: Path) -> Catalogue:
    """Read and check ``root/exercises/catalogue.toml``."""
    path = root / "exercises" / CATALOGUE_NAME
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CatalogueError(f"There is no catalogue at {path}.") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise CatalogueError(f"The catalogue {path} cannot be read: {error}") from None
    if data.get("format") != FORMAT:
        raise CatalogueError(f"{path} must say format = {FORMAT} (it says {data.get('format')!r}).")
    chapters = tuple(_chapter(entry, i) for i, entry in enumerate(_tables(data, "chapters"), 1))
    exercises = tuple(
        _exercise(entry, i, root) for i, entry in enumerate(_tables(data, "exercises"), 1)
    )
    for before, after in itertools.pairwise(exercises):
        if after.number <= before.number:
            raise CatalogueError(
                f"exercise {after.label} comes after {before.label}: list exercises in the "
                "order of their numbers, each number once."
            )
    catalogue = Catalogue(root=root, chapters=chapters, exercises=exercises)
    _check_links(catalogue)
    return catalogue


def _tables(data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise CatalogueError(f"'{key}' must be a list of tables ([[{key}]]).")
    return cast(list[dict[str, Any]], value)


def _take(entry: dict[str, Any], key: str, kind: type, where: str, default: Any = None) -> Any:
    if key not in entry:
        if default is None:
            raise CatalogueError(f"{where}: '{key}' is missing.")
        return default
    value = entry[key]
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise CatalogueError(f"{where}: '{key}' must be a {kind.__name__}, not {value!r}.")
    return value


def _strings(entry: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = _take(entry, key, list, where, default=[])
    if not all(isinstance(v, str) and v for v in value):
        raise CatalogueError(f"{where}: '{key}' must be a list of non-empty strings.")
    return tuple(value)


def _string_table(entry: dict[str, Any], key: str, where: str) -> dict[str, str]:
    value = _take(entry, key, dict, where, default={})
    if not all(isinstance(v, str) and v for v in value.values()):
        raise CatalogueError(f"{where}: every value of '{key}' must be a non-empty string.")
    return dict(value)


def _chapter(entry: dict[str, Any], position: int) -> Chapter:
    where = f"chapter #{position}"
    number = _take(entry, "number", int, where)
    if number != position:
        raise CatalogueError(f"{where}: chapters are numbered in order, expected {position}.")
    slug = _take(entry, "slug", str, where)
    if not re.fullmatch(r"[a-z0-9-]+", slug):
        raise CatalogueError(f"{where}: slug {slug!r} may hold only a-z, 0-9 and '-'.")
    return Chapter(number=number, slug=slug, title=_take(entry, "title", str, where))


def _exercise(entry: dict[str, Any], position: int, root: Path) -> Exercise:
    folder = _take(entry, "folder", str, f"exercise #{position}")
    where = f"exercise #{position} ({folder})"
    match = FOLDER_PATTERN.match(folder)
    if not match or int(match["number"]) == 0:
        raise CatalogueError(
            f"{where}: the folder must be named NN_<words>: its number, then lowercase words."
        )
    kind = _take(entry, "kind", str, where)
    if kind not in KINDS:
        raise CatalogueError(f"{where}: kind must be one of {', '.join(KINDS)}, not {kind!r}.")
    hints = _strings(entry, "hints", where)
    if not hints:
        raise CatalogueError(f"{where}: give at least one hint.")
    timeout = _take(entry, "timeout", float, where, default=DEFAULT_TIMEOUT)
    if timeout <= 0:
        raise CatalogueError(f"{where}: timeout must be positive.")
    points = _take(entry, "points", float, where, default=DEFAULT_POINTS)
    if points < 0:
        raise CatalogueError(f"{where}: points must not be negative.")
    coverage = entry.get("coverage")
    if coverage is not None:
        coverage = _take(entry, "coverage", float, where)
        if not 0 < coverage <= 100:
            raise CatalogueError(f"{where}: coverage is a percentage between 0 and 100.")
    exercise = Exercise(
        number=int(match["number"]),
        folder=folder,
        chapter=_take(entry, "chapter", int, where),
        title=_take(entry, "title", str, where),
        kind=cast(Kind, kind),
        hints=hints,
        root=root,
        timeout=timeout,
        plugins=_strings(entry, "plugins", where),
        args=_strings(entry, "args", where),
        subject=entry.get("subject") and _take(entry, "subject", str, where),
        locked=_string_table(entry, "locked", where),
        correct=_strings(entry, "correct", where),
        bugs=_string_table(entry, "bugs", where),
        constructs=_strings(entry, "constructs", where),
        coverage=coverage,
        expect_collected=_strings(entry, "expect_collected", where),
        expect_outcomes=_string_table(entry, "expect_outcomes", where),
        rules=_rules(entry, where),
        conditions=tuple(
            _condition(c, f"{where}, condition #{i}")
            for i, c in enumerate(_tables(entry, "conditions"), 1)
        ),
        hooks=_strings(entry, "hooks", where),
        settings=_strings(entry, "settings", where),
        backend_variable=entry.get("backend_variable")
        and _take(entry, "backend_variable", str, where),
        points=points,
        forbid_sleep=_take(entry, "forbid_sleep", bool, where, default=False),
        no_leftovers=_take(entry, "no_leftovers", bool, where, default=False),
        bug_sides=_string_table(entry, "bug_sides", where),
        browser=_take(entry, "browser", bool, where, default=False),
    )
    _check_kind(exercise, where)
    _check_bug_sides(exercise, where)
    _check_browser(exercise, where)
    return exercise


def browser_obstacle(exercise: Exercise) -> str | None:
    """Why the browser cannot grade ``exercise`` as the checker does, from what the
    catalogue says of it (None: nothing the catalogue shows): the browser runs pytest
    in one process, with the plugins it serves only, no server and no second process
    (so no pytest-xdist)."""
    from checker.course.browser import PLUGINS

    named = [*exercise.plugins, *(p for c in exercise.conditions for p in c.plugins)]
    if missing := [plugin for plugin in dict.fromkeys(named) if plugin not in PLUGINS]:
        return f"it needs the pytest plugin {', '.join(missing)}"
    if exercise.backend_variable:
        return "it can run against a database server"
    return None


def _check_browser(exercise: Exercise, where: str) -> None:
    if exercise.browser and (obstacle := browser_obstacle(exercise)):
        raise CatalogueError(
            f"{where}: browser = true, but the browser cannot grade it: {obstacle}."
        )


def _rules(entry: dict[str, Any], where: str) -> dict[str, tuple[str, ...]]:
    value = _take(entry, "rules", dict, where, default={})
    rules: dict[str, tuple[str, ...]] = {}
    for rule, bugs in value.items():
        if not isinstance(bugs, list) or not bugs or not all(isinstance(b, str) for b in bugs):
            raise CatalogueError(
                f"{where}: rule {rule!r} must list the planted bugs that break it."
            )
        rules[rule] = tuple(bugs)
    return rules


def _condition(entry: dict[str, Any], where: str) -> Condition:
    environment = _string_table(entry, "environment", where)
    args = _strings(entry, "args", where)
    plugins = _strings(entry, "plugins", where)
    random_orders = _take(entry, "random_orders", int, where, default=0)
    if random_orders < 0:
        raise CatalogueError(f"{where}: random_orders is a number of runs, 0 or more.")
    if not (environment or args or plugins or random_orders):
        raise CatalogueError(
            f"{where}: a condition sets environment variables, adds plugins or arguments, "
            "or asks for random orders."
        )
    expect_run = _strings(entry, "expect_run", where) if "expect_run" in entry else None
    return Condition(
        name=_take(entry, "name", str, where),
        environment=environment,
        expect_outcomes=_string_table(entry, "expect_outcomes", where),
        args=args,
        plugins=plugins,
        random_orders=random_orders,
        expect_run=expect_run,
    )


def _check_bug_sides(exercise: Exercise, where: str) -> None:
    """A bug runs on the side of a condition that exists and runs once."""
    once = {c.name for c in exercise.conditions if not c.random_orders}
    for bug, side in exercise.bug_sides.items():
        if bug not in exercise.bugs:
            raise CatalogueError(f"{where}: bug_sides names {bug!r}, which is not a planted bug.")
        if side not in once:
            raise CatalogueError(
                f"{where}: bug_sides puts {bug!r} on {side!r}, which is not the name of a "
                "condition that runs once (no random_orders)."
            )


def _check_kind(exercise: Exercise, where: str) -> None:
    if exercise.kind == "write-tests":
        if not exercise.subject:
            raise CatalogueError(f"{where}: a write-tests exercise names its 'subject' file.")
        if not exercise.correct or len(exercise.bugs) < 4:
            raise CatalogueError(
                f"{where}: a write-tests exercise needs at least one other correct version "
                "and four planted bugs."
            )
    elif exercise.correct or exercise.bugs:
        raise CatalogueError(f"{where}: only write-tests exercises have versions to grade.")
    outcomes = ("passed", "failed", "skipped", "xfailed", "xpassed")
    if exercise.kind == "write-tests" and exercise.expect_outcomes:
        raise CatalogueError(
            f"{where}: a write-tests exercise's tests must all pass; "
            "'expect_outcomes' is for given tests."
        )
    for nodeid, outcome in exercise.expect_outcomes.items():
        if outcome not in outcomes:
            raise CatalogueError(
                f"{where}: the outcome of {nodeid} must be one of "
                f"{', '.join(outcomes)}, not {outcome!r}."
            )
    if exercise.kind == "configure" and not exercise.expect_collected:
        raise CatalogueError(f"{where}: a configure exercise lists 'expect_collected'.")
    for setting in exercise.settings:
        if setting not in SETTINGS:
            raise CatalogueError(
                f"{where}: setting {setting!r} is not one the checker can see; "
                f"known: {', '.join(SETTINGS)}."
            )
    for rule, bugs in exercise.rules.items():
        unknown = sorted(set(bugs) - set(exercise.bugs))
        if unknown:
            raise CatalogueError(f"{where}: rule {rule!r} names unknown bugs {unknown}.")
    for name in (*exercise.correct, *exercise.bugs):
        if not VERSION_NAME.match(name):
            raise CatalogueError(f"{where}: version name {name!r} must be a Python identifier.")


def _check_links(catalogue: Catalogue) -> None:
    chapters = {c.number for c in catalogue.chapters}
    for exercise in catalogue.exercises:
        if exercise.chapter not in chapters:
            raise CatalogueError(
                f"exercise {exercise.label}: chapter {exercise.chapter} is not in the catalogue."
            )
