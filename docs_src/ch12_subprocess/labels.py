"""Shelf labels of Tessa's corner shop, printed through the `lp` command."""

from __future__ import annotations

import subprocess


class PrinterError(Exception):
    """The label did not reach the printer."""


def print_label(text: str, printer: str = "shelf-labels") -> str:
    """Send one label to the printer and return the job id that lp reports."""
    command = ["lp", "-d", printer, "-t", "shelf label", "-"]
    try:
        finished = subprocess.run(
            command, input=text, capture_output=True, text=True, check=True, timeout=5
        )
    except FileNotFoundError as error:
        raise PrinterError("lp is not installed: no printing on this machine") from error
    except subprocess.CalledProcessError as error:
        raise PrinterError(f"lp refused the label: {error.stderr.strip()}") from error
    except subprocess.TimeoutExpired as error:
        raise PrinterError(f"lp did not answer within {error.timeout} s") from error
    # lp prints "request id is shelf-labels-17 (0 file(s))".
    return finished.stdout.split()[3]
