"""Learner attempts, honest and not, and the verdict each one gets.

Every attempt is written into the fixture course as a learner would write it, and the
whole verdict is asserted: a cheat is never done, an honest suite in another style is.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

from checker.course.catalogue import Catalogue, load
from checker.engine.grade import Verdict, grade

Solve = Callable[[str], None]

# A suite that is done: valid, catches every planted bug, checks the error's message.
DONE = """
import pytest
from adder import add

def test_small_numbers(): assert add(2, 3) == 5
def test_negatives(): assert add(-2, -3) == -5
def test_strings_are_refused():
    with pytest.raises(TypeError, match="integers"):
        add("2", 3)
"""


def _attempt(catalogue: Catalogue, **sources: str) -> Verdict:
    """Write the learner's files (name=source, dots as `__`) into exercise 1 and grade it."""
    folder = catalogue.exercise(1).path
    for name, source in sources.items():
        (folder / name.replace("__", ".")).write_text(source)
    return grade(catalogue.exercise(1))


def test_the_done_suite_is_done(catalogue: Catalogue) -> None:
    verdict = _attempt(catalogue, test_adder__py=DONE)
    assert verdict.done and verdict.bugs_caught == 4


# -- honest suites in other styles ---------------------------------------------------


def test_an_honest_suite_that_imports_inspect_and_names_the_file_is_done(
    catalogue: Catalogue,
) -> None:
    source = DONE + (
        "import inspect\n"
        "def test_add_is_a_plain_function():\n"
        "    assert not inspect.iscoroutinefunction(add), 'adder.py: add is not async'\n"
    )
    assert _attempt(catalogue, test_adder__py=source).done


def test_excinfo_match_in_a_helper_counts_as_checking_the_message(catalogue: Catalogue) -> None:
    source = (
        "import pytest\nfrom adder import add as plus\n"
        "from pytest import raises as expect\n\n"
        "def refused(value):\n"
        "    with expect(TypeError) as excinfo:\n"
        "        plus(value, 1)\n"
        "    excinfo.match('integers')\n\n"
        "class TestAdding:\n"
        "    def test_small(self): assert plus(2, 3) == 5\n"
        "    def test_negative(self): assert plus(-2, -3) == -5\n"
        "    def test_a_string(self): refused('2')\n"
    )
    verdict = _attempt(catalogue, test_adder__py=source)
    assert verdict.done, verdict


def test_tests_that_use_tmp_path_leave_nothing_in_the_temporary_folder(
    catalogue: Catalogue, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    private = tmp_path / "temporary"
    private.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private))
    source = DONE + (
        "import tempfile\n"
        "def test_writes(tmp_path):\n"
        "    (tmp_path / 'x').write_text('y')\n"
        "    tempfile.mkstemp()\n"
    )
    assert _attempt(catalogue, test_adder__py=source).done
    assert os.listdir(private) == []


# -- telling the runs apart -----------------------------------------------------------


def test_a_test_that_remembers_where_it_ran_first_learns_nothing(catalogue: Catalogue) -> None:
    # It fails wherever it did not run first: every run is at a new random path.
    memo = catalogue.root / "first_place.txt"
    source = DONE + (
        "import os, pathlib\n"
        f"MEMO = pathlib.Path({str(memo)!r})\n"
        "def test_same_place():\n"
        "    if not MEMO.exists():\n"
        "        MEMO.write_text(os.getcwd())\n"
        "    assert MEMO.read_text() == os.getcwd()\n"
    )
    verdict = _attempt(catalogue, test_adder__py=source)
    assert verdict.valid is False and not verdict.done


def test_a_test_that_looks_at_paths_times_and_modes_finds_them_the_same(
    catalogue: Catalogue,
) -> None:
    # What a test can see of its place is the same for every version: this suite is
    # valid and catches nothing by looking.
    source = (
        "import os, sys, stat\n"
        "def test_place():\n"
        "    here = os.getcwd()\n"
        "    assert os.path.basename(here) == '01_adding'\n"
        "    info = os.stat('adder.py')\n"
        "    assert info.st_mtime == os.stat('test_adder.py').st_mtime\n"
        "    assert stat.S_IMODE(info.st_mode) == 0o644\n"
        "    assert not any('bug' in part or 'correct' in part for part in here.split(os.sep))\n"
        "    assert not any('bug' in arg for arg in sys.argv)\n"
    )
    verdict = _attempt(catalogue, test_adder__py=source)
    assert verdict.valid and verdict.bugs_caught == 0


def test_a_test_that_counts_its_runs_is_found_out_by_the_second_reference_run(
    catalogue: Catalogue,
) -> None:
    # Pass on the first two runs (the reference and the other correct version), fail
    # after: it would "catch" every bug, but the reference runs again among them.
    counter = catalogue.root / "runs.txt"
    source = DONE + (
        "import fcntl, pathlib\n"
        f"COUNTER = pathlib.Path({str(counter)!r})\n"
        "def test_counts():\n"
        "    with open(COUNTER, 'a+') as file:\n"
        "        fcntl.flock(file, fcntl.LOCK_EX)\n"
        "        file.seek(0)\n"
        "        seen = len(file.read())\n"
        "        file.write('x')\n"
        "    assert seen < 2\n"
    )
    verdict = _attempt(catalogue, test_adder__py=source.replace("def test_negatives", "def _n"))
    assert verdict.valid is False and not verdict.done
    assert any("ran a second time" in reason for reason in verdict.invalid_reasons)


# -- the subject and locked files are the course's ------------------------------------


def test_an_edited_subject_is_reported_and_the_course_copy_is_graded(
    catalogue: Catalogue, shipped: Path
) -> None:
    subject = catalogue.exercise(1).path / "adder.py"
    subject.write_text("def add(a, b):\n    return 42\n")
    verdict = _attempt(
        catalogue,
        test_adder__py="from adder import add\ndef test_answer(): assert add(1, 1) == 42\n",
    )
    assert verdict.valid is False
    assert any("You changed adder.py" in note for note in verdict.notes)
    assert subject.read_text() == "def add(a, b):\n    return 42\n"  # the learner's, kept


def test_an_edited_subject_without_history_is_not_graded(catalogue: Catalogue) -> None:
    (catalogue.exercise(1).path / "adder.py").write_text("def add(a, b):\n    return 42\n")
    verdict = _attempt(catalogue, test_adder__py=DONE)
    assert [p.kind for p in verdict.problems] == ["locked"]
    assert "adder.py is not as the course shipped it" in verdict.problems[0].message


def test_an_edited_locked_test_runs_as_the_course_shipped_it(
    catalogue: Catalogue, shipped: Path, solve: Solve
) -> None:
    solve("02_greeting")
    given = catalogue.exercise(2).path / "test_greeting.py"
    given.write_text("def test_nothing(): pass\n")
    verdict = grade(catalogue.exercise(2))
    assert verdict.done
    assert [t.nodeid for t in verdict.tests] == [
        "test_greeting.py::test_the_greeting_names_the_shop"
    ]
    assert any("You changed test_greeting.py" in note for note in verdict.notes)


# -- hooks and the results channel -----------------------------------------------------

FLIP = """
import pytest

@pytest.hookimpl(wrapper=True)
def hook(item, call):
    report = yield
    report.outcome = "failed" if "bug" in str(item.path) else "passed"
    return report
"""


@pytest.mark.parametrize(
    "conftest",
    [
        FLIP.replace("def hook", "def pytest_runtest_makereport"),
        FLIP + "globals()['pytest_' + 'runtest_makereport'] = hook\n",
        FLIP
        + "class Flipper:\n    pytest_runtest_makereport = staticmethod(hook)\n\n"
        + "@pytest.fixture(autouse=True)\n"
        + "def flip(request):\n"
        + "    request.config.pluginmanager.register(Flipper())\n",
    ],
    ids=["spelt as a hook", "set through globals()", "registered from a fixture"],
)
def test_a_hook_from_the_learners_files_is_refused_however_it_got_there(
    catalogue: Catalogue, conftest: str
) -> None:
    verdict = _attempt(catalogue, test_adder__py=DONE, conftest__py=conftest)
    assert not verdict.done
    [problem] = verdict.problems
    assert problem.kind == "refused" and problem.file == "conftest.py"
    assert "`pytest_runtest_makereport` is a pytest hook" in problem.message


def test_a_conftest_that_registers_a_mark_with_pytest_configure_is_honest(
    catalogue: Catalogue,
) -> None:
    conftest = (
        "def pytest_configure(config):\n"
        "    config.addinivalue_line('markers', 'arithmetic: tests of the sums')\n"
    )
    source = "import pytest\n" + DONE.replace(
        "def test_small_numbers", "@pytest.mark.arithmetic\ndef test_small_numbers"
    )
    verdict = _attempt(catalogue, test_adder__py=source, conftest__py=conftest)
    assert verdict.done, verdict.problems


def test_writing_into_the_checkers_record_makes_the_run_invalid(catalogue: Catalogue) -> None:
    source = DONE + (
        "import json\n"
        "def test_forge(request):\n"
        "    for plugin in request.config.pluginmanager.get_plugins():\n"
        "        record = getattr(plugin, '_file', None)\n"
        "        if record is not None and not record.closed:\n"
        "            record.write(json.dumps({'event': 'report', 'nodeid': 'x', "
        "'when': 'call', 'outcome': 'passed'}) + '\\n')\n"
    )
    verdict = _attempt(catalogue, test_adder__py=source)
    assert verdict.valid is False
    assert "the record of the run was changed" in verdict.invalid_reasons[0]


# -- constructs count where they work ---------------------------------------------------


def test_raises_match_in_a_function_no_test_runs_does_not_count(catalogue: Catalogue) -> None:
    source = DONE.replace(', match="integers"', "") + (
        "def never_called():\n"
        "    with pytest.raises(TypeError, match='integers'):\n"
        "        add('2', 3)\n"
    )
    verdict = _attempt(catalogue, test_adder__py=source)
    assert verdict.thorough and verdict.constructs_missing == ["raises-match"]


def test_raises_match_in_a_test_that_catches_nothing_does_not_count(
    catalogue: Catalogue,
) -> None:
    source = DONE.replace(', match="integers"', "") + (
        "def test_decoration():\n"
        "    with pytest.raises(ZeroDivisionError, match='division'):\n"
        "        1 / 0\n"
    )
    verdict = _attempt(catalogue, test_adder__py=source)
    assert verdict.thorough and not verdict.done
    assert "only in tests that catch none of the planted bugs" in verdict.construct_messages[0]


# -- containment ------------------------------------------------------------------------


def test_a_process_that_escapes_the_run_is_ended_with_it(
    catalogue: Catalogue, tmp_path: Path, is_running: Callable[[int], bool]
) -> None:
    pids = tmp_path / "pids"
    pids.mkdir()
    source = DONE + (
        "import os, time\n"
        "def test_daemon():\n"
        "    if os.fork() == 0:\n"
        "        os.setsid()\n"
        "        if os.fork() == 0:\n"
        f"            open(os.path.join({str(pids)!r}, str(os.getpid())), 'w').close()\n"
        "            time.sleep(300)\n"
        "        os._exit(0)\n"
        "    time.sleep(0.2)\n"
    )
    assert _attempt(catalogue, test_adder__py=source).done
    started = [int(name) for name in os.listdir(pids)]
    assert started and not any(is_running(pid) for pid in started)


def test_a_test_that_signals_its_parent_does_not_stop_the_checker(catalogue: Catalogue) -> None:
    source = DONE + (
        "import os, signal\n"
        "def test_rude():\n"
        "    os.kill(os.getppid(), signal.SIGTERM)\n"
        "    os.kill(os.getppid(), signal.SIGINT)\n"
    )
    verdict = _attempt(catalogue, test_adder__py=source)
    assert verdict.done  # the signals went nowhere; the verdict is the suite's own


def test_a_test_that_kills_its_parent_is_reported_not_graded(catalogue: Catalogue) -> None:
    source = DONE + (
        "import os, signal\ndef test_rude():\n    os.kill(os.getppid(), signal.SIGKILL)\n"
    )
    verdict = _attempt(catalogue, test_adder__py=source)
    assert verdict.valid is False
    assert "sent a signal to its parent process" in verdict.invalid_reasons[0]


# -- conditions -------------------------------------------------------------------------


def _with_condition(course: Path) -> Catalogue:
    """Exercise 2 promises another greeting when the shop is closed (SHOP_CLOSED set)."""
    path = course / "exercises" / "catalogue.toml"
    path.write_text(
        path.read_text().replace(
            'hints = ["Define a fixture in conftest.py."]\n',
            'hints = ["Define a fixture in conftest.py."]\n\n'
            "[[exercises.conditions]]\n"
            'name = "the shop is closed"\n'
            'environment = { SHOP_CLOSED = "1" }\n',
        )
    )
    return load(course)


CONDITIONAL = """
import os
import pytest

@pytest.fixture
def greeting() -> str:
    return "Welcome to the shop"
"""


def test_a_condition_runs_the_suite_on_each_side(course: Path) -> None:
    catalogue = _with_condition(course)
    folder = catalogue.exercise(2).path
    (folder / "conftest.py").write_text(CONDITIONAL)
    (folder / "test_closed.py").write_text(
        "import os\n"
        "def test_closed_or_open():\n"
        "    assert os.environ.get('SHOP_CLOSED') in (None, '1')\n"
    )
    assert grade(catalogue.exercise(2)).done


def test_a_suite_right_on_one_side_only_is_not_done(course: Path) -> None:
    catalogue = _with_condition(course)
    folder = catalogue.exercise(2).path
    (folder / "conftest.py").write_text(CONDITIONAL)
    (folder / "test_closed.py").write_text(
        "import os\ndef test_open():\n    assert 'SHOP_CLOSED' not in os.environ\n"
    )
    verdict = grade(catalogue.exercise(2))
    assert not verdict.done
    assert "(when the shop is closed)" in verdict.invalid_reasons[0]
