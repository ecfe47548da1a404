"""The first version of print_label: one argument short."""

from __future__ import annotations

import subprocess


def print_label(text: str, printer: str = "shelf-labels") -> str:
    finished = subprocess.run(
        ["lp", "-d", printer, "-t", "shelf label"],
        input=text,
        capture_output=True,
        text=True,
        check=True,
        timeout=5,
    )
    return finished.stdout.split()[3]
