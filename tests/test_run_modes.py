"""Run modes a catalogue entry can ask for: conditions that run the suite under
pytest-xdist, with a selection (``-m``) or in random orders, and the hygiene settings
``forbid_sleep`` and ``no_leftovers``. Each is graded on the fixture course's adder.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.course.catalogue import Catalogue, CatalogueError, load
from checker.engine import sandbox
from checker.engine.grade import Grader, Verdict, grade

pytestmark = pytest.mark.slow

DONE = """
import pytest
from adder import add

def test_small_numbers(): assert add(2, 3) == 5
def test_negatives(): assert add(-2, -3) == -5
def test_strings_are_refused():
    with pytest.raises(TypeError, match="integers"):
        add("2", 3)
"""

# Five tests that pass only in the order they are written: each counts on the one before.
IN_ORDER = (
    DONE
    + "\nSTEPS = []\n"
    + "".join(
        f"def test_step_{n}():\n    assert len(STEPS) == {n}\n    STEPS.append({n})\n"
        for n in range(5)
    )
)


def _course(course: Path, settings: str = "", conditions: str = "") -> Catalogue:
    """Exercise 1 of the fixture course with extra settings and conditions."""
    path = course / "exercises" / "catalogue.toml"
    text = path.read_text()
    anchor = 'hints = ["Think about negative numbers.", "And about strings."]\n'
    path.write_text(text.replace(anchor, anchor + settings + "\n" + conditions, 1))
    return load(course)


def _attempt(catalogue: Catalogue, source: str, **files: str) -> Verdict:
    folder = catalogue.exercise(1).path
    (folder / "test_adder.py").write_text(source)
    for name, text in files.items():
        (folder / name.replace("__", ".")).write_text(text)
    return grade(catalogue.exercise(1))


XDIST = """
[[exercises.conditions]]
name = "under pytest-xdist with two workers"
plugins = ["xdist"]
args = ["-n", "2"]
"""


def test_a_suite_that_is_right_under_xdist_is_done_on_both_sides(course: Path) -> None:
    verdict = _attempt(_course(course, conditions=XDIST), DONE)
    assert verdict.done, verdict


def test_a_suite_that_fails_under_xdist_is_not_valid_and_the_side_is_named(
    course: Path,
) -> None:
    source = DONE + (
        "import os\ndef test_alone():\n    assert 'PYTEST_XDIST_WORKER' not in os.environ\n"
    )
    verdict = _attempt(_course(course, conditions=XDIST), source)
    assert not verdict.done
    reason = verdict.invalid_reasons[0]
    assert "(when under pytest-xdist with two workers)" in reason
    assert "Give each worker its own, from `tmp_path` or `worker_id`" in reason


def test_an_xdist_side_runs_in_the_sandbox_that_checker_grade_uses(course: Path) -> None:
    catalogue = _course(course, conditions=XDIST)
    (catalogue.exercise(1).path / "test_adder.py").write_text(DONE)
    with Grader(catalogue.exercise(1), sandbox=sandbox.STEPS) as grader:
        verdict = grader.grade()
    assert verdict.done, verdict


def test_a_hook_registered_only_in_xdist_workers_is_refused(course: Path) -> None:
    conftest = (
        "import os\n"
        "if os.environ.get('PYTEST_XDIST_WORKER'):\n"
        "    def pytest_runtest_makereport(item, call):\n"
        "        pass\n"
    )
    verdict = _attempt(_course(course, conditions=XDIST), DONE, conftest__py=conftest)
    assert not verdict.done
    assert any("pytest_runtest_makereport" in p.message for p in verdict.problems)


def test_a_refused_hook_names_the_hooks_the_exercise_allows(course: Path) -> None:
    conftest = "def pytest_runtest_makereport(item, call):\n    pass\n"
    catalogue = _course(course, settings='hooks = ["pytest_collection_modifyitems"]')
    verdict = _attempt(catalogue, DONE, conftest__py=conftest)
    assert not verdict.done
    message = verdict.problems[0].message
    assert "lets your files implement `pytest_collection_modifyitems` and no other" in message


def test_a_selection_that_runs_nothing_names_its_side(course: Path) -> None:
    conditions = '[[exercises.conditions]]\nname = "only -m slow runs"\nargs = ["-m", "slow"]\n'
    verdict = _attempt(_course(course, conditions=conditions), DONE, pytest__ini=MARKED)
    assert not verdict.done
    assert verdict.invalid_reasons[0].startswith(
        "On the reference (when only -m slow runs): No tests were collected."
    )


RANDOM = """
[[exercises.conditions]]
name = "in a random order"
random_orders = 3
"""


def test_an_order_dependent_suite_fails_in_a_random_order_with_the_seed_named(
    course: Path,
) -> None:
    verdict = _attempt(_course(course, conditions=RANDOM), IN_ORDER)
    assert not verdict.done
    reason = verdict.invalid_reasons[0]
    assert "in a random order, seed" in reason
    assert "pytest -p randomly -p no:cacheprovider --randomly-seed=" in reason
    assert "it depends on what another test did before it" in reason


def test_an_independent_suite_is_done_in_random_orders(course: Path) -> None:
    assert _attempt(_course(course, conditions=RANDOM), DONE).done


SELECTION = """
[[exercises.conditions]]
name = "only the slow tests are selected with -m slow"
args = ["-m", "slow"]
expect_run = ["test_adder.py::test_big_numbers"]
"""
MARKED = "[pytest]\naddopts = --disable-plugin-autoload --strict-markers\nmarkers = slow: big\n"


def test_a_selection_runs_exactly_the_tests_it_expects(course: Path) -> None:
    source = DONE + "\n@pytest.mark.slow\ndef test_big_numbers():\n    assert add(10**20, 1) > 0\n"
    verdict = _attempt(_course(course, conditions=SELECTION), source, pytest__ini=MARKED)
    assert verdict.done, verdict


def test_a_selection_that_runs_other_tests_names_them(course: Path) -> None:
    source = DONE + "\ndef test_big_numbers():\n    assert add(10**20, 1) > 0\n"
    verdict = _attempt(_course(course, conditions=SELECTION), source, pytest__ini=MARKED)
    assert not verdict.done
    assert (
        "These should have run and did not: test_adder.py::test_big_numbers"
        in (verdict.invalid_reasons[0])
    )


def test_a_test_that_sleeps_fails_where_sleeping_is_forbidden(course: Path) -> None:
    source = DONE + "\nimport time\ndef test_waits():\n    time.sleep(0.01)\n"
    verdict = _attempt(_course(course, settings="forbid_sleep = true"), source)
    assert not verdict.done
    assert (
        "test_adder.py::test_waits called time.sleep(0.01) at test_adder.py, line"
        in (verdict.invalid_reasons[0])
    )


def test_a_sleep_patched_for_one_test_is_fine(course: Path) -> None:
    source = DONE + (
        "\nimport time\ndef test_fake_sleep(monkeypatch):\n"
        "    naps = []\n"
        "    monkeypatch.setattr(time, 'sleep', naps.append)\n"
        "    time.sleep(5)\n"
        "    assert naps == [5]\n"
    )
    assert _attempt(_course(course, settings="forbid_sleep = true"), source).done


def test_a_sleep_replaced_for_good_is_reported(course: Path) -> None:
    source = DONE + "\nimport time\ndef test_no_more_sleep():\n    time.sleep = lambda s: None\n"
    verdict = _attempt(_course(course, settings="forbid_sleep = true"), source)
    assert not verdict.done
    assert "replaced time.sleep and did not put it back" in verdict.invalid_reasons[0]


def test_files_left_in_the_folder_or_the_temporary_folder_are_named(course: Path) -> None:
    source = DONE + (
        "\nimport tempfile\n"
        "def test_writes_here():\n    open('receipt.txt', 'w').write('x')\n"
        "def test_writes_a_temp_file():\n    tempfile.mkstemp(prefix='till-')\n"
    )
    verdict = _attempt(_course(course, settings="no_leftovers = true"), source)
    assert not verdict.done
    reason = verdict.invalid_reasons[0]
    assert "left files behind: receipt.txt, $TMPDIR/till-" in reason


def test_files_under_tmp_path_are_not_leftovers(course: Path) -> None:
    source = DONE + "\ndef test_writes(tmp_path):\n    (tmp_path / 'r.txt').write_text('x')\n"
    assert _attempt(_course(course, settings="no_leftovers = true"), source).done


def test_a_condition_that_changes_nothing_is_a_catalogue_error(course: Path) -> None:
    with pytest.raises(CatalogueError, match="a condition sets environment variables"):
        _course(course, conditions='[[exercises.conditions]]\nname = "nothing"\n')


BUG_ON_A_SIDE = (
    SELECTION
    + '\n[exercises.bug_sides]\nsubtracts = "only the slow tests are selected with -m slow"\n'
)


def test_a_bug_put_on_a_side_counts_only_the_tests_that_side_runs(course: Path) -> None:
    source = DONE + "\n@pytest.mark.slow\ndef test_big_numbers():\n    assert add(10**20, 1) > 0\n"
    verdict = _attempt(_course(course, conditions=BUG_ON_A_SIDE), source, pytest__ini=MARKED)
    assert verdict.valid and not verdict.done
    escaped = [bug for bug in verdict.bugs if not bug.caught]
    assert [bug.name for bug in escaped] == ["subtracts"]
    assert "(Only the tests that run when only the slow tests are selected" in escaped[0].hint


def test_a_bug_on_a_side_caught_by_a_test_that_side_runs_is_caught(course: Path) -> None:
    source = (
        DONE
        + "\n@pytest.mark.slow\ndef test_big_numbers():\n    assert add(10**20, 5) == 10**20 + 5\n"
    )
    verdict = _attempt(_course(course, conditions=BUG_ON_A_SIDE), source, pytest__ini=MARKED)
    assert verdict.done, verdict
    subtracts = next(bug for bug in verdict.bugs if bug.name == "subtracts")
    assert subtracts.caught_by == ["test_adder.py::test_big_numbers"]


def test_bug_sides_must_name_a_planted_bug_and_a_condition(course: Path) -> None:
    with pytest.raises(CatalogueError, match="which is not the name of a condition"):
        _course(course, conditions='[exercises.bug_sides]\nsubtracts = "nowhere"\n')


def test_a_learner_who_measures_with_pytest_cov_still_gets_the_checkers_coverage(
    course: Path,
) -> None:
    ini = "[pytest]\naddopts = --disable-plugin-autoload -p pytest_cov --cov=adder --cov-branch\n"
    verdict = _attempt(load(course), DONE, pytest__ini=ini)
    assert verdict.coverage == 100
    assert verdict.done, verdict


def test_a_suite_that_goes_easy_under_pytest_randomly_is_not_valid(course: Path) -> None:
    # Order-safe or not, it checks nothing once pytest-randomly is loaded.
    easy = (
        "import pytest\nfrom adder import add\n\n"
        "@pytest.fixture\ndef strict(request):\n"
        "    return not request.config.pluginmanager.has_plugin('randomly')\n\n"
        "def test_small_numbers(strict): assert add(2, 3) == 5 or not strict\n"
        "def test_negatives(strict): assert add(-2, -3) == -5 or not strict\n"
        "def test_strings_are_refused(strict):\n"
        "    if strict:\n"
        "        with pytest.raises(TypeError, match='integers'):\n"
        "            add('2', 3)\n"
    )
    verdict = _attempt(_course(course, conditions=RANDOM), easy)
    assert not verdict.done
    assert "but not when in a random order, seed" in "\n".join(verdict.invalid_reasons)
