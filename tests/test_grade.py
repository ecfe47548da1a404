"""The verdict: valid on every correct version, thorough against planted bugs, and the rest."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from checker.course.catalogue import Catalogue
from checker.engine.grade import Verdict, grade

Solve = Callable[[str], None]


def _tests(catalogue: Catalogue, source: str) -> Verdict:
    (catalogue.exercise(1).path / "test_adder.py").write_text(source)
    return grade(catalogue.exercise(1))


STRONG = """
import pytest
from adder import add

def test_small_numbers(): assert add(2, 3) == 5
def test_negatives(): assert add(-2, -3) == -5
def test_strings_are_refused():
    with pytest.raises(TypeError, match="integers"):
        add("2", 3)
"""


def test_the_exercise_as_shipped_is_valid_but_not_done(catalogue: Catalogue) -> None:
    verdict = grade(catalogue.exercise(1))
    assert verdict.valid and not verdict.done
    assert verdict.bugs_caught < len(verdict.bugs)


def test_the_solution_is_done(catalogue: Catalogue, solve: Solve) -> None:
    solve("01_adding")
    verdict = grade(catalogue.exercise(1))
    assert verdict.done and verdict.thorough and verdict.coverage == 100


def test_a_suite_of_assert_true_passes_everything_and_catches_nothing(catalogue: Catalogue) -> None:
    verdict = _tests(catalogue, "def test_anything(): assert True\n")
    assert verdict.valid and verdict.bugs_caught == 0 and not verdict.done


def test_each_planted_bug_names_the_tests_that_caught_it(catalogue: Catalogue) -> None:
    verdict = _tests(catalogue, STRONG)
    caught = {bug.name: bug.caught_by for bug in verdict.bugs}
    assert caught["absolute"] == ["test_adder.py::test_negatives"]
    assert caught["accepts_strings"] == ["test_adder.py::test_strings_are_refused"]


def test_a_bug_that_never_returns_is_caught_by_a_timeout(hurried: Catalogue) -> None:
    verdict = _tests(hurried, STRONG)
    [hang] = [bug for bug in verdict.bugs if bug.name == "never_returns"]
    assert hang.caught and hang.timed_out


def test_escaped_bugs_carry_their_hints(catalogue: Catalogue) -> None:
    verdict = _tests(catalogue, "from adder import add\ndef test_one(): assert add(1, 1) == 2\n")
    escaped = {bug.name: bug.hint for bug in verdict.bugs if not bug.caught}
    assert escaped["absolute"] == "Signs: what about negative numbers?"


def test_a_test_that_fails_on_the_reference_makes_the_suite_invalid(catalogue: Catalogue) -> None:
    verdict = _tests(catalogue, "from adder import add\ndef test_wrong(): assert add(2, 2) == 5\n")
    assert verdict.valid is False and not verdict.bugs_checked
    assert "fails on the reference" in verdict.invalid_reasons[0]
    assert "assert 4 == 5" in verdict.invalid_reasons[0]


def test_a_test_that_fails_on_another_correct_version_names_that_version(
    catalogue: Catalogue, course: Path
) -> None:
    # The exact wording of the error is the reference's own; the other version words it
    # differently, and the exercise never promised either.
    verdict = _tests(catalogue, STRONG.replace('match="integers"', 'match="two integers"'))
    assert verdict.valid is False
    [reason] = verdict.invalid_reasons
    assert "fails on the correct version 'summed', which is also correct" in reason
    assert "add takes integers, not str" in reason
    assert "checker-01_adding" not in reason  # no path of the scratch copy


def test_a_skipped_test_is_never_valid(catalogue: Catalogue) -> None:
    verdict = _tests(
        catalogue, "import pytest\n@pytest.mark.skip(reason='later')\ndef test_later(): pass\n"
    )
    assert not verdict.valid
    assert "was skipped" in verdict.invalid_reasons[0]


def test_an_xfail_is_never_valid(catalogue: Catalogue) -> None:
    verdict = _tests(catalogue, "import pytest\ndef test_maybe():\n    pytest.xfail('unsure')\n")
    assert not verdict.valid


def test_no_tests_at_all_is_not_valid(catalogue: Catalogue) -> None:
    verdict = _tests(catalogue, "# nothing yet\n")
    assert not verdict.valid and "No tests were collected" in verdict.invalid_reasons[0]


def test_tests_that_differ_between_versions_make_the_suite_invalid(catalogue: Catalogue) -> None:
    # A parametrize over what the module defines collects differently on each version.
    verdict = _tests(
        catalogue,
        "import pytest, adder\n"
        "NAMES = sorted(n for n in vars(adder) if not n.startswith('__'))\n"
        "@pytest.mark.parametrize('name', NAMES)\n"
        "def test_names(name): assert name\n",
    )
    assert verdict.valid is False
    assert "not the same on the correct version 'summed'" in verdict.invalid_reasons[0]


def test_a_missing_construct_keeps_a_thorough_suite_from_done(catalogue: Catalogue) -> None:
    verdict = _tests(catalogue, STRONG.replace(', match="integers"', ""))
    assert verdict.thorough
    assert verdict.constructs_missing == ["raises-match"] and not verdict.done


def test_coverage_below_the_goal_keeps_the_exercise_from_done(catalogue: Catalogue) -> None:
    verdict = _tests(catalogue, "from adder import add\ndef test_one(): assert add(1, 1) == 2\n")
    assert verdict.coverage is not None and verdict.coverage < 100


def test_a_complete_exercise_is_done_when_its_given_tests_pass(
    catalogue: Catalogue, solve: Solve
) -> None:
    assert not grade(catalogue.exercise(2)).done
    solve("02_greeting")
    assert grade(catalogue.exercise(2)).done


def test_a_configure_exercise_compares_what_pytest_collects(
    catalogue: Catalogue, solve: Solve
) -> None:
    verdict = grade(catalogue.exercise(3))
    assert verdict.collection_missing == ["checks/check_things.py::check_truth"]
    solve("03_collecting")
    assert grade(catalogue.exercise(3)).done


def test_grading_writes_nothing_into_the_learners_folder(catalogue: Catalogue) -> None:
    folder = catalogue.exercise(1).path
    before = sorted(p.relative_to(folder) for p in folder.rglob("*"))
    _tests(catalogue, STRONG)
    after = sorted(p.relative_to(folder) for p in folder.rglob("*"))
    assert before == after


def test_a_configure_exercise_that_collects_nothing_points_at_the_configuration(
    catalogue: Catalogue,
) -> None:
    [reason, said] = grade(catalogue.exercise(3)).invalid_reasons
    assert reason.startswith("With this configuration pytest collects nothing.")
    assert said.startswith("pytest said:")


def test_a_configuration_pytest_refuses_shows_what_pytest_said(catalogue: Catalogue) -> None:
    ini = catalogue.exercise(3).path / "pytest.ini"
    ini.write_text("[pytest]\naddopts = --strict-config\npython_file = check_*.py\n")
    reasons = grade(catalogue.exercise(3)).invalid_reasons
    assert "Unknown config option: python_file" in reasons[-1]


def test_a_timeout_on_a_correct_version_makes_the_suite_invalid(hurried: Catalogue) -> None:
    exercise = hurried.exercise(1)
    exercise.correct_file("summed").write_text(
        "def add(a: int, b: int) -> int:\n    while True:\n        pass\n"
    )
    verdict = _tests(hurried, STRONG)
    assert verdict.valid is False and not verdict.bugs_checked
    assert verdict.invalid_reasons[0].startswith(
        "On the correct version 'summed', the run took longer than 2 s and was stopped"
    )


def test_coverage_short_of_its_goal_names_the_lines_never_run(catalogue: Catalogue) -> None:
    verdict = _tests(catalogue, "from adder import add\ndef test_small(): assert add(2, 3) == 5\n")
    assert verdict.coverage is not None and verdict.coverage < 100
    assert verdict.coverage_missing == "6"  # the `raise` for anything but integers
