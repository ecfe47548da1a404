"""The checker's side of Run in the browser, tested here in CPython.

The browser grades with the in-process runner (checker.engine.inprocess), keeps coverage's
data in memory where Pyodide has no sqlite3 (checker.engine.memdata), and renders the
verdict with checker.learner.browser. Each of these must give what the checker gives on
a learner's machine; tests/test_browser_run.py then drives the real thing in Chromium.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import random
import re
import shutil
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import coverage.control
import coverage.data
import coverage.sqldata
import pytest

from checker.course import browser as site
from checker.course import catalogue
from checker.course.catalogue import CatalogueError, Exercise
from checker.course.verify import write_as_shipped
from checker.engine import memdata
from checker.engine.grade import grade
from checker.engine.spec import forget_local_modules
from checker.learner import browser

REPOSITORY = Path(__file__).resolve().parent.parent
COURSE = catalogue.load(REPOSITORY)


def exercise(number: int) -> Exercise:
    return next(e for e in COURSE.exercises if e.number == number)


def solved(number: int, into: Path) -> Path:
    """A copy of exercise ``number`` with its solution over it."""
    found = exercise(number)
    folder = into / found.folder
    shutil.copytree(found.path, folder)
    shutil.copytree(found.solution_path, folder, dirs_exist_ok=True)
    return folder


def shipped(number: int, into: Path) -> Path:
    """A copy of exercise ``number`` as the course ships it (from git where it can),
    whatever a learner has done in exercises/."""
    folder = into / exercise(number).folder
    write_as_shipped(exercise(number), folder)
    return folder


def steady(text: str) -> str:
    """A verdict's text without what differs between any two runs: the memory addresses
    that reprs in pytest's output show (``<Basket object at 0x7f...>``) and the random
    names of temporary folders (``tmp7by9ce76``) that a suite leaves behind."""
    return re.sub(r"\btmp[a-z0-9_]{8}\b", "tmp...", re.sub(r"0x[0-9a-f]+", "0x...", text))


def in_course(number: int, into: Path) -> Path:
    """Exercise ``number`` unpacked from its bundle for the page, as the worker writes it."""
    bundle = site.bundle(exercise(number))
    for name, text in bundle["files"].items():
        path = into / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return into


# Every exercise the browser grades; those with planted bugs take seconds each.
@pytest.mark.parametrize(
    "number",
    [
        pytest.param(e.number, marks=[pytest.mark.slow] if e.bugs else [])
        for e in COURSE.exercises
        if e.browser
    ],
)
@pytest.mark.parametrize("version", ["shipped", "solved"])
def test_the_in_process_runner_gives_the_verdict_of_the_forked_one(
    number: int, version: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = exercise(number)
    folder = solved(number, tmp_path) if version == "solved" else shipped(number, tmp_path)
    # The same random orders and cross-checked bug on both runners (conditions such as
    # exercise 44's draw their seeds afresh on every grading).
    random.seed(number)
    monkeypatch.setenv("CHECKER_RUNNER", "fork")
    forked = browser.render(found, grade(found, folder))
    random.seed(number)
    monkeypatch.setenv("CHECKER_RUNNER", "inprocess")
    assert steady(browser.render(found, grade(found, folder))) == steady(forked)


def test_coverage_kept_in_memory_finds_the_lines_coverage_finds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = exercise(1)
    folder = shipped(1, tmp_path)
    monkeypatch.setenv("CHECKER_RUNNER", "inprocess")
    on_disk = grade(found, folder)
    for module in (coverage.sqldata, coverage.data, coverage.control):
        monkeypatch.setattr(module, "CoverageData", module.CoverageData)
    assert memdata.install(force=True)
    assert coverage.control.CoverageData is memdata.MemoryData
    in_memory = grade(found, folder)
    assert on_disk.coverage is not None and 0 < on_disk.coverage < 100
    assert (in_memory.coverage, in_memory.coverage_missing) == (
        on_disk.coverage,
        on_disk.coverage_missing,
    )


def test_a_python_with_sqlite3_keeps_coverage_as_it_is() -> None:
    assert not memdata.needed()
    assert not memdata.install()


def test_grading_as_the_page_asks_names_each_version_and_test_and_says_done(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CHECKER_RUNNER", "inprocess")
    root = in_course(2, tmp_path / "course")
    told: list[str] = []
    edited = {"pytest.ini": (exercise(2).solution_path / "pytest.ini").read_text()}
    answer = json.loads(browser.grade(2, edited, told.append, str(root), str(tmp_path / "learner")))
    assert answer["done"] is True
    assert "✓ Exercise 2 is done." in answer["text"]
    events = [json.loads(line) for line in told]
    assert events[0] == {
        "event": "run",
        "kind": "reference",
        "name": "reference",
        "version": "the reference",
    }
    assert {
        "event": "test",
        "nodeid": "checks/check_basket.py::check_an_empty_basket_costs_nothing",
    } in events


def test_the_page_cannot_replace_the_course_files_of_an_exercise(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CHECKER_RUNNER", "inprocess")
    found = exercise(1)
    folder = browser.place(
        found,
        {"pricing.py": "broken", "../escape.py": "x", "test_pricing.py": "def test_x(): pass\n"},
        tmp_path,
    )
    assert (folder / "pricing.py").read_text() == (found.path / "pricing.py").read_text()
    assert not (folder.parent / "escape.py").exists()
    assert (folder / "test_pricing.py").read_text() == "def test_x(): pass\n"


def test_a_stopped_run_is_told_in_the_checkers_words(tmp_path: Path) -> None:
    root = in_course(1, tmp_path / "course")
    texts = json.loads(browser.stopped(1, str(root)))
    running = texts["running"]
    assert running.startswith("Exercise 1: First tests for the shop's prices")
    assert (
        f"On {browser.VERSION}, the run took longer than 20 s and was stopped while running "
        f"{browser.TEST}. Look for a loop that never ends" in running
    )
    assert "while collecting the tests" in texts["collecting"]


# Passes on the reference; never ends on the planted bug that charges an empty basket.
LOOPS_ON_A_BUG = """
from pricing import order_total


def test_an_empty_basket_costs_nothing():
    while order_total([]) != 0:
        pass
"""


def graded_after_a_stop(workspace: Path, suite: str, version: str, test: str) -> dict[str, Any]:
    """Exercise 1 graded in process with ``suite`` as the learner's tests, as the page
    grades it again after it stopped the run of ``version`` while ``test`` was running."""
    root = in_course(1, workspace / "course")
    learner = str(workspace / "learner")
    edited = {"test_pricing.py": suite}
    answer = browser.grade(1, edited, None, str(root), learner, stopped={version: test})
    found: dict[str, Any] = json.loads(answer)
    return found


def test_a_planted_bug_whose_run_the_page_stopped_counts_as_caught_by_a_timeout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CHECKER_RUNNER", "inprocess")
    test = "test_pricing.py::test_an_empty_basket_costs_nothing"
    bug = "the planted bug 'empty_basket_charged'"
    answer = graded_after_a_stop(tmp_path, LOOPS_ON_A_BUG, bug, test)
    assert "✗ Your tests caught 1 of 9 planted bugs." in answer["text"]
    assert "    ✓ empty_basket_charged: caught by a timeout" in answer["text"]


def test_every_exercise_offered_in_the_browser_needs_only_what_it_serves() -> None:
    offered = [e for e in COURSE.exercises if e.browser]
    assert len(offered) >= 3
    for found in offered:
        assert site.unavailable(found) == [], found.label
        assert catalogue.browser_obstacle(found) is None, found.label
        assert site.editable(found), found.label


def test_the_catalogue_refuses_the_browser_for_an_exercise_with_a_plugin() -> None:
    found = dataclasses.replace(exercise(22), browser=True)
    with pytest.raises(CatalogueError, match=r"browser = true, but .* pytest plugin asyncio"):
        catalogue._check_browser(found, "exercise 22")


def test_every_other_exercise_says_why_it_runs_on_the_machine_only() -> None:
    reasons = {e.number: site.why_not(e) for e in COURSE.exercises if not e.browser}
    assert reasons[22] == "it needs the pytest plugin asyncio"
    assert reasons[7] == "it uses `sqlite3`, which cannot work in the browser"
    assert (
        reasons[8]
        == "it uses `factory`, `sqlalchemy`, which the site does not serve to the browser"
    )
    assert reasons[13] == "it uses `asyncio`, which cannot work in the browser"
    assert reasons[20] == "it uses `subprocess`, which cannot work in the browser"
    assert reasons[36] == "it needs the pytest plugin xdist"
    assert all(reasons.values())


def hook() -> ModuleType:
    path = REPOSITORY / "docs_hooks" / "course.py"
    spec = importlib.util.spec_from_file_location("course_hook_for_runs", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_site_built_without_the_runtime_says_how_to_add_it_under_each_exercise() -> None:
    block = hook().run_block(exercise(1), runtime=False)
    assert "run `nox -s browser-runtime` in the course folder, then build the site" in block
    assert "data-course-run" not in block


def test_a_site_built_with_the_runtime_gives_the_exercise_a_run_block() -> None:
    block = hook().run_block(exercise(1), runtime=True)
    assert 'data-course-run="1" data-course-timeout="20" hidden' in block
    assert "Open the editor" in block
    other = hook().run_block(exercise(22), runtime=True)
    assert other == (
        "*This exercise runs on your machine only: it needs the pytest plugin asyncio. "
        "Check it there with `checker check 22`.*"
    )


# Passes on the reference; never ends on the correct version whose error has other words.
LOOPS_ON_A_CORRECT_VERSION = """
import pytest

from pricing import line_total


def test_a_negative_quantity_is_refused():
    with pytest.raises(ValueError) as refused:
        line_total(100, -1)
    while "must be zero or more" in str(refused.value):
        pass


def test_one_item_costs_its_price():
    assert line_total(250, 1) == 250
"""


def test_a_correct_version_whose_run_the_page_stopped_makes_the_whole_verdict_not_valid(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CHECKER_RUNNER", "inprocess")
    test = "test_pricing.py::test_a_negative_quantity_is_refused"
    version = "the correct version 'checked_by_a_helper'"
    answer = graded_after_a_stop(tmp_path, LOOPS_ON_A_CORRECT_VERSION, version, test)
    assert answer["valid"] is False
    assert (
        "On the correct version 'checked_by_a_helper', the run took longer than 20 s and "
        f"was stopped while running {test}." in answer["text"]
    )
    # The rest of the checker's verdict: the learner's tests as the reference ran them.
    assert "✗ Not valid yet (2 of 2 tests passed on the reference):" in answer["text"]


def test_namespace_folders_of_one_run_are_forgotten_before_the_next(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A suite in folders without __init__.py (chapter 16's tests/unit, tests/e2e) leaves
    # namespace packages behind, whose __path__ cannot be worked out once their parent
    # is gone: dropping them all must not trip over that.
    (tmp_path / "levels_probe" / "unit").mkdir(parents=True)
    (tmp_path / "levels_probe" / "unit" / "checks.py").write_text("VALUE = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    importlib.import_module("levels_probe.unit.checks")
    forget_local_modules()
    assert not {"levels_probe", "levels_probe.unit", "levels_probe.unit.checks"} & set(sys.modules)
