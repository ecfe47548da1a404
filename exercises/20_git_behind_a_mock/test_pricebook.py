"""Your tests for pricebook.py. Run `checker check 20` to see how thorough they are.

No test runs git here: replace subprocess.run with a mock and script git's answers.
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from unittest.mock import patch

import pytest

from pricebook import GitError, GitTimeout, PriceHistory

REPOSITORY = Path("/srv/tessa/prices")


def test_changed_since_returns_what_git_printed() -> None:
    # pricebook does `import subprocess` and calls subprocess.run: patch it there.
    with patch("pricebook.subprocess.run", autospec=True) as run:
        run.return_value = subprocess.CompletedProcess(
            args=["git"], returncode=0, stdout="prices/fruit.csv\n", stderr=""
        )
        assert PriceHistory(REPOSITORY).changed_since("1a2b3c") == ["prices/fruit.csv"]


# TODO: record(): give the mock one answer per git command (a side_effect list of
#       CompletedProcess), then check what comes back and the exact command lists, in
#       order. Read each command from the call whichever way it was passed:
#       call.args[0] if call.args else call.kwargs["args"].
# TODO: the other keyword arguments the rules promise: cwd, check, timeout.
# TODO: changed_since with blank lines and paths out of order in git's output.
# TODO: git fails: side_effect = subprocess.CalledProcessError(returncode, cmd,
#       output=..., stderr=...). What does the shop raise, and what does its message hold?
# TODO: git hangs (subprocess.TimeoutExpired) and git is not installed (FileNotFoundError).
