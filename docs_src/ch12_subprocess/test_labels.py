"""print_label with subprocess.run replaced: no printer needed, every answer scripted."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from unittest.mock import MagicMock, patch

import pytest

from labels import PrinterError, print_label


# --8<-- [start:fixture]
@pytest.fixture
def run() -> Iterator[MagicMock]:
    """subprocess.run, as labels.py looks it up: through the subprocess module."""
    with patch("labels.subprocess.run", autospec=True) as run:
        yield run
# --8<-- [end:fixture]


# --8<-- [start:completed]
def test_a_label_goes_to_lp_on_standard_input(run: MagicMock) -> None:
    run.return_value = subprocess.CompletedProcess(
        args=["lp"], returncode=0, stdout="request id is shelf-labels-17 (0 file(s))\n"
    )

    assert print_label("Apples 1,20 €/kg") == "shelf-labels-17"

    # The exact list: "-" makes lp read the label from standard input.
    assert run.call_args.args[0] == ["lp", "-d", "shelf-labels", "-t", "shelf label", "-"]
    assert run.call_args.kwargs["input"] == "Apples 1,20 €/kg"
    assert run.call_args.kwargs["timeout"] == 5
# --8<-- [end:completed]


# --8<-- [start:errors]
def test_lp_refusing_the_label_is_a_printer_error(run: MagicMock) -> None:
    run.side_effect = subprocess.CalledProcessError(
        returncode=1,
        cmd=["lp"],
        output="",
        stderr="lp: The printer or class does not exist.\n",
    )

    with pytest.raises(PrinterError, match="printer or class does not exist"):
        print_label("Pears 0,90 €/kg")


@pytest.mark.parametrize(
    "raised",
    [
        subprocess.TimeoutExpired(cmd=["lp"], timeout=5),
        FileNotFoundError(2, "No such file or directory", "lp"),
    ],
    ids=["lp-hangs", "no-lp-installed"],
)
def test_every_way_lp_can_fail_is_a_printer_error(run: MagicMock, raised: Exception) -> None:
    run.side_effect = raised

    with pytest.raises(PrinterError):
        print_label("Leeks 1,50 €/kg")
# --8<-- [end:errors]
