"""Exercise 30's locked tests tell coverage settings apart by what a `pytest --cov` run
does with them: each plausible mistake fails the test that names it, and the right
settings pass whichever file coverage.py reads them from."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parent.parent
EXERCISE = REPOSITORY / "exercises" / "30_coverage_settings"
SOLUTION = (REPOSITORY / "solutions" / "30_coverage_settings" / "pyproject.toml").read_text(
    encoding="utf-8"
)

pytestmark = pytest.mark.slow


def failing_tests(settings: dict[str, str], tmp_path: Path) -> set[str]:
    """The locked tests that fail in a copy of the exercise with these settings files."""
    folder = tmp_path / "exercise"
    shutil.copytree(EXERCISE, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "pyproject.toml").unlink()
    for name, text in settings.items():
        (folder / name).write_text(text, encoding="utf-8")
    report = tmp_path / "junit.xml"
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "COV_"))}
    subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", f"--junitxml={report}"],
        cwd=folder,
        env=environment | {"PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"},
        capture_output=True,
        timeout=120,
        check=False,
    )
    cases = ElementTree.parse(report).getroot().iter("testcase")
    return {
        case.attrib["name"]
        for case in cases
        if case.find("failure") is not None or case.find("error") is not None
    }


@pytest.mark.parametrize(
    ("old", "new", "caught_by"),
    [
        ("branch = true", "branch = false", "test_branches_are_measured"),
        ('source = ["shelf_labels"]', "", "test_only_the_shop_module_is_measured"),
        ("show_missing = true", "", "test_the_table_shows_the_missing_lines"),
        ("fail_under = 90", "fail_under = 80", "test_a_run_below_90_percent_fails"),
        ("fail_under = 90", "fail_under = 100", "test_a_run_above_90_percent_passes"),
        ("exclude_also", "exclude_lines", "test_a_pragma_still_leaves_its_block_out"),
        ('"raise NotImplementedError"', '"raise"', "test_nothing_else_is_left_out"),
        ('    "raise NotImplementedError",\n', "", "test_abstract_methods_are_left_out"),
    ],
    ids=[
        "lines-only",
        "no-source",
        "no-missing-column",
        "bar-too-low",
        "bar-too-high",
        "exclude-lines-drops-the-pragma",
        "exclusion-too-wide",
        "stubs-counted",
    ],
)
def test_each_mistake_fails_the_test_that_names_it(
    old: str, new: str, caught_by: str, tmp_path: Path
) -> None:
    assert old in SOLUTION
    failed = failing_tests({"pyproject.toml": SOLUTION.replace(old, new)}, tmp_path)
    assert caught_by in failed


def test_the_same_settings_pass_from_a_coveragerc(tmp_path: Path) -> None:
    coveragerc = (
        "[run]\nbranch = true\nsource = shelf_labels\n\n"
        "[report]\nshow_missing = true\nfail_under = 90\n"
        "exclude_also =\n    if TYPE_CHECKING:\n    raise NotImplementedError\n"
    )
    assert failing_tests({".coveragerc": coveragerc}, tmp_path) == set()
