"""Tries your coverage settings the way you would: by running `pytest --cov`.

Locked: do not edit. Each test below runs the shop's checks (checks/) under pytest-cov in
a separate pytest process, in this folder, so that coverage.py reads your settings from
pyproject.toml or .coveragerc, and then looks at what the run did: its JSON report, the
table it printed and whether it failed. What your settings are called does not matter;
what they do does.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
MODULE = "shelf_labels.py"
SOURCE = (HERE / MODULE).read_text(encoding="utf-8").splitlines()


@dataclass
class Run:
    """One `pytest --cov` run of the shop's checks: its exit code, output and report."""

    code: int
    output: str
    report: dict[str, Any]

    def __repr__(self) -> str:  # what a failing test shows of the run: short
        return f"<pytest --cov run: exit code {self.code}>"


def run_the_checks(folder: Path, *selection: str) -> Run:
    """`pytest --cov` on checks/, with the data and the JSON report kept in ``folder``."""
    report = folder / "coverage.json"
    environment = {k: v for k, v in os.environ.items() if not k.startswith("COV_CORE_")}
    environment["COVERAGE_FILE"] = str(folder / ".coverage")
    environment["PYTHONDONTWRITEBYTECODE"] = "1"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "pytest_cov",
            "-p",
            "no:cacheprovider",
            "-o",
            "python_files=check_*.py",
            "-o",
            "python_functions=check_*",
            "--cov",
            "--cov-report=term",
            f"--cov-report=json:{report}",
            *selection,
            "checks",
        ],
        cwd=HERE,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    output = done.stdout + done.stderr
    data = json.loads(report.read_text(encoding="utf-8")) if report.exists() else {}
    return Run(done.returncode, output, data)


@pytest.fixture(scope="module")
def every_check(tmp_path_factory: pytest.TempPathFactory) -> Run:
    """All of the shop's checks, which cover every line and branch of shelf_labels.py."""
    return run_the_checks(tmp_path_factory.mktemp("every-check"))


def code_lines_of(numbers: list[int]) -> set[int]:
    """The lines among ``numbers`` that hold code, not blanks or comments."""
    return {
        n for n in numbers if SOURCE[n - 1].strip() and not SOURCE[n - 1].lstrip().startswith("#")
    }


def block_at(marker: str) -> set[int]:
    """The line that holds ``marker`` and the lines indented under it."""
    start = next(i for i, line in enumerate(SOURCE) if marker in line)
    indent = len(SOURCE[start]) - len(SOURCE[start].lstrip())
    block = {start + 1}
    for i in range(start + 1, len(SOURCE)):
        line = SOURCE[i]
        if line.strip() and len(line) - len(line.lstrip()) <= indent:
            break
        block.add(i + 1)
    return code_lines_of(sorted(block))


def total(run: Run) -> str:
    """The run's total coverage, as its report gives it."""
    return f"{run.report.get('totals', {}).get('percent_covered', 0):.0f}%"


def excluded(run: Run) -> set[int]:
    return code_lines_of(run.report["files"][MODULE]["excluded_lines"])


def test_the_checks_run_and_pass(every_check: Run) -> None:
    assert every_check.report, f"`pytest --cov` wrote no JSON report:\n{every_check.output}"
    assert " passed" in every_check.output and " failed" not in every_check.output, (
        every_check.output
    )


def test_branches_are_measured(every_check: Run) -> None:
    assert every_check.report["meta"]["branch_coverage"], (
        "coverage measured lines only: turn branch coverage on in the [run] settings."
    )


def test_only_the_shop_module_is_measured(every_check: Run) -> None:
    measured = sorted(every_check.report["files"])
    assert measured == [MODULE], (
        f"coverage measured {measured}: tell it where the shop's code is (the [run] "
        "settings' source), so that the checks themselves and other files are left out."
    )


def test_the_table_shows_the_missing_lines(every_check: Run) -> None:
    assert "Missing" in every_check.output, (
        "`--cov-report=term` printed no Missing column: ask for it in the [report] settings."
    )


def test_type_checking_imports_are_left_out(every_check: Run) -> None:
    block = block_at("if TYPE_CHECKING:")
    assert block <= excluded(every_check), (
        f"lines {sorted(block)} only run for a type checker, never in a test: exclude "
        "`if TYPE_CHECKING:` (a line excluded that opens a block excludes the block)."
    )


def test_abstract_methods_are_left_out(every_check: Run) -> None:
    stubs = block_at("raise NotImplementedError")
    assert stubs <= excluded(every_check), (
        f"line {min(stubs)} raises NotImplementedError, for a subclass to replace: exclude "
        "such lines."
    )


def test_a_pragma_still_leaves_its_block_out(every_check: Run) -> None:
    main = block_at("# pragma: no cover")
    assert main <= excluded(every_check), (
        f"lines {sorted(main)} carry `# pragma: no cover` and are counted anyway: your "
        "settings replaced coverage's own exclusions. `exclude_lines` replaces the "
        "defaults, the pragma included; `exclude_also` adds to them."
    )


def test_nothing_else_is_left_out(every_check: Run) -> None:
    wanted = block_at("if TYPE_CHECKING:") | block_at("raise NotImplementedError")
    wanted |= block_at("# pragma: no cover")
    extra = sorted(excluded(every_check) - wanted)
    assert not extra, (
        f"lines {extra} of {MODULE} are left out of the measurement, and a test can run "
        f"them: {[SOURCE[n - 1].strip() for n in extra]}. Make your exclusions match only "
        "what cannot run in a test."
    )


def test_a_run_below_90_percent_fails(tmp_path: Path) -> None:
    # Without the checks of the two errors, the checks cover 27 of 31 lines and branches.
    run = run_the_checks(tmp_path, "-k", "not negative_price and not weightless")
    assert run.code != 0, (
        f"a run that covered {total(run)} of the module passed: make coverage fail a run below 90%."
    )


def test_a_run_above_90_percent_passes(tmp_path: Path) -> None:
    # Without the check of the negative price, the checks cover 29 of 31.
    run = run_the_checks(tmp_path, "-k", "not negative_price")
    assert run.code == 0, (
        f"a run that covered {total(run)} of the module failed (with every setting right, "
        f"it covers 94%): the goal is 90%, not more.\n{run.output}"
    )
