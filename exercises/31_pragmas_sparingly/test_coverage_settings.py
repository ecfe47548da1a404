"""Locked: do not edit. The coverage settings of this folder leave out of the measurement
only what no test can run: the block under `if __name__ == "__main__":`.

coverage.py reads the settings (pyproject.toml, or .coveragerc, setup.cfg, tox.ini) as
it would for `pytest --cov`; every exclusion pattern is then matched against the lines of
price_check.py.
"""

import re
from pathlib import Path

import coverage

HERE = Path(__file__).resolve().parent


def test_only_the_script_block_is_left_out_of_coverage() -> None:
    settings = coverage.Coverage(data_file=None)  # reads this folder's settings
    patterns = dict.fromkeys(
        [*settings.get_option("report:exclude_lines"), *settings.get_option("report:exclude_also")]
    )
    lines = (HERE / "price_check.py").read_text(encoding="utf-8").splitlines()
    hidden = [
        f"line {number}: {line.strip()}  (left out by {pattern!r})"
        for number, line in enumerate(lines, 1)
        for pattern in patterns
        if re.search(pattern, line) and not line.startswith('if __name__ == "__main__":')
    ]
    assert not hidden, (
        "your coverage settings leave out lines that a test can run, so your own coverage "
        "report counts them as covered:\n" + "\n".join(hidden)
    )
