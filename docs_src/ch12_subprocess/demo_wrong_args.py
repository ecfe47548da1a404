"""The first try at print_label under the exact-argument check: not collected by default."""

from __future__ import annotations

import subprocess
from unittest.mock import patch

from labels_first_try import print_label


def test_the_command_is_exactly_right() -> None:
    with patch("labels_first_try.subprocess.run", autospec=True) as run:
        run.return_value = subprocess.CompletedProcess(
            args=["lp"], returncode=0, stdout="request id is shelf-labels-17 (0 file(s))\n"
        )
        print_label("Apples 1,20 €/kg")

    assert run.call_args.args[0] == ["lp", "-d", "shelf-labels", "-t", "shelf label", "-"]
