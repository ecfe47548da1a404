"""Branch coverage of the code under test, measured inside a run (``coverage`` in a
catalogue entry): started before pytest, written to the run's record after it."""

from __future__ import annotations

import io
import json
from typing import TYPE_CHECKING

from checker.engine.spec import RunSpec

if TYPE_CHECKING:
    from coverage import Coverage


def coverage_start(spec: RunSpec) -> Coverage | None:
    if not spec.coverage_of:
        return None
    from checker.engine import memdata

    memdata.install()  # a Python without sqlite3 (Pyodide's) only
    import coverage

    cov = coverage.Coverage(
        data_file=None,
        branch=True,
        include=[str(spec.workdir / spec.coverage_of)],
        config_file=False,
    )
    cov.start()
    return cov


def coverage_write(cov: Coverage, spec: RunSpec) -> None:
    import coverage

    assert spec.coverage_of is not None
    cov.stop()
    try:
        table = io.StringIO()
        percent = cov.report(file=table, show_missing=True)
        # The table's one row ends with its Missing column: lines, and partial branches
        # such as 30->29 (a jump never taken), which analysis2 leaves out.
        row = next(line for line in table.getvalue().splitlines() if "%" in line)
        missing = row.split("%", 1)[1].strip()
    except (coverage.CoverageException, StopIteration):
        percent, missing = 0.0, "the module was never imported"
    with spec.results.open("a", encoding="utf-8") as file:
        file.write(json.dumps({"event": "coverage", "percent": percent, "missing": missing}) + "\n")
