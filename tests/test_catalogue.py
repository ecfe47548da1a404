"""The catalogue: what it reads, and how it refuses what does not fit."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.course.catalogue import Catalogue, CatalogueError, find_root, load


def _rewrite(course: Path, old: str, new: str) -> None:
    path = course / "exercises" / "catalogue.toml"
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


def test_the_fixture_course_has_three_exercises_of_three_kinds(catalogue: Catalogue) -> None:
    assert [(e.number, e.kind) for e in catalogue.exercises] == [
        (1, "write-tests"),
        (2, "complete"),
        (3, "configure"),
    ]


def test_paths_follow_the_folder_name(catalogue: Catalogue, course: Path) -> None:
    adding = catalogue.exercise(1)
    assert adding.path == course / "exercises" / "01_adding"
    assert adding.solution_path == course / "solutions" / "01_adding"
    assert adding.bug_file("absolute") == course / "grading/01_adding/bugs/absolute.patch"
    assert adding.correct_file("summed") == course / "grading/01_adding/correct/summed.py"


def test_bugs_keep_their_hints_in_catalogue_order(catalogue: Catalogue) -> None:
    bugs = catalogue.exercise(1).bugs
    assert list(bugs) == ["subtracts", "absolute", "accepts_strings", "wrong_error"]
    assert bugs["absolute"] == "Signs: what about negative numbers?"


def test_exercises_are_grouped_by_chapter(catalogue: Catalogue) -> None:
    assert [e.number for e in catalogue.exercises_of(2)] == [2, 3]
    assert catalogue.chapter(2).page == "chapters/02-more.md"


def test_the_root_is_found_from_a_folder_inside_the_course(course: Path) -> None:
    assert find_root(course / "exercises" / "01_adding") == course


def test_no_root_is_found_outside_a_course(tmp_path: Path) -> None:
    assert find_root(tmp_path) is None


def test_a_missing_catalogue_is_named(tmp_path: Path) -> None:
    with pytest.raises(CatalogueError, match="There is no catalogue at"):
        load(tmp_path)


def test_a_catalogue_that_is_not_toml_says_so(course: Path) -> None:
    (course / "exercises" / "catalogue.toml").write_text("format = [")
    with pytest.raises(CatalogueError, match="cannot be read"):
        load(course)


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('kind = "complete"', 'kind = "guess"', "kind must be one of"),
        ('folder = "02_greeting"', 'folder = "greeting"', "must be named NN_"),
        ('folder = "03_collecting"', 'folder = "01_collecting"', "in the order of their numbers"),
        (
            'chapter = 2\ntitle = "A fixture"',
            'chapter = 9\ntitle = "A fixture"',
            "chapter 9 is not",
        ),
        ("timeout = 60", 'timeout = "60"', "'timeout' must be a float"),
        ('hints = ["Define a fixture in conftest.py."]', "hints = []", "at least one hint"),
        ('subject = "adder.py"\n', "", "names its 'subject'"),
        ('wrong_error = "Invalid input: which error says so?"\n', "", "four planted bugs"),
        ("format = 1", "format = 2", "must say format = 1"),
        ("coverage = 100", "coverage = 150", "between 0 and 100"),
        ("timeout = 60", "timeout = 60\npoints = -2", "points must not be negative"),
        ("timeout = 60", 'timeout = 60\npoints = "two"', "'points' must be a float"),
    ],
    ids=[
        "unknown kind",
        "folder without number",
        "exercises out of order",
        "unknown chapter",
        "timeout of the wrong type",
        "no hints",
        "write-tests without subject",
        "fewer than four bugs",
        "unknown format",
        "coverage over 100",
        "negative points",
        "points that are not a number",
    ],
)
def test_an_inconsistent_catalogue_is_refused_with_a_reason(
    course: Path, old: str, new: str, message: str
) -> None:
    _rewrite(course, old, new)
    with pytest.raises(CatalogueError, match=message):
        load(course)


def test_expected_outcomes_belong_to_given_tests_only(course: Path) -> None:
    _rewrite(course, "coverage = 100", 'coverage = 100\nexpect_outcomes = { "t" = "skipped" }')
    with pytest.raises(CatalogueError, match="'expect_outcomes' is for given tests"):
        load(course)


def test_an_exercise_is_worth_one_point_unless_the_catalogue_says_otherwise(course: Path) -> None:
    _rewrite(course, "timeout = 60", "timeout = 60\npoints = 2.5")
    catalogue = load(course)
    assert [e.points for e in catalogue.exercises] == [2.5, 1.0, 1.0]
