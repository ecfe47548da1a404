"""checker verify: what it proves about each exercise, and where "as shipped" comes from."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checker.course.catalogue import Catalogue, load
from checker.course.verify import verify_exercise

Solve = Callable[[str], None]


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new))


def test_the_fixture_course_is_consistent(catalogue: Catalogue) -> None:
    for exercise in catalogue.exercises:
        finding = verify_exercise(exercise, working_tree=True)
        assert finding.ok, finding.problems


def test_a_learners_solved_work_does_not_change_what_verify_proves(
    shipped: Path, solve: Solve
) -> None:
    solve("01_adding")  # the learner's work, not committed
    finding = verify_exercise(load(shipped).exercise(1))
    assert finding.ok, finding.problems
    assert finding.source.startswith("commit ")


def test_without_history_verify_says_it_used_the_working_tree(catalogue: Catalogue) -> None:
    finding = verify_exercise(catalogue.exercise(2))
    assert finding.ok and finding.source == "the working tree"


@pytest.mark.parametrize(
    ("file", "old", "new", "problem"),
    [
        (
            "exercises/01_adding/README.md",
            "- `add(a, b)` returns",
            "- A rule nobody guards.\n- `add(a, b)` returns",
            "the README's rule 'A rule nobody guards.' is not in the catalogue",
        ),
        (
            "exercises/catalogue.toml",
            '= ["accepts_strings", "wrong_error"]',
            '= ["accepts_strings"]',
            "planted bug wrong_error guards no rule",
        ),
        (
            "exercises/01_adding/README.md",
            "`pytest.raises(..., match=...)`",
            "`pytest.raises`",
            "does not mention 'match='",
        ),
        (
            "exercises/01_adding/README.md",
            "100% of the branches",
            "all of the branches",
            "does not mention '100%'",
        ),
        (
            "exercises/02_greeting/pytest.ini",
            "addopts = --disable-plugin-autoload",
            "",
            "does not say --disable-plugin-autoload",
        ),
        (
            "exercises/catalogue.toml",
            '"adder.py" = "',
            '"adder_old.py" = "',
            "the subject adder.py is not under [exercises.locked]",
        ),
        (
            "exercises/catalogue.toml",
            "coverage = 100\n",
            "coverage = 100\nforbid_sleep = true\nno_leftovers = true\n",
            "does not mention 'time.sleep'",
        ),
        (
            "exercises/catalogue.toml",
            "coverage = 100\n",
            "coverage = 100\nno_leftovers = true\n",
            "does not mention 'no file behind'",
        ),
    ],
    ids=[
        "a rule without a bug",
        "a bug without a rule",
        "a construct the done-list forgets",
        "a coverage goal the done-list forgets",
        "a configuration that autoloads plugins",
        "a subject without its hash",
        "sleeping forbidden, and the done-list forgets it",
        "leftovers refused, and the done-list forgets it",
    ],
)
def test_verify_refuses_an_exercise_whose_statement_or_setup_falls_short(
    course: Path, file: str, old: str, new: str, problem: str
) -> None:
    _edit(course / file, old, new)
    catalogue = load(course)
    findings = [verify_exercise(e, working_tree=True) for e in catalogue.exercises]
    said = [p for f in findings for p in f.problems]
    assert any(problem in p for p in said), said
