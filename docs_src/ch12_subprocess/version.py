"""Which version of the shop's software is deployed: git knows, from its tags."""

from __future__ import annotations

import subprocess
from pathlib import Path


def shop_version(checkout: Path) -> str:
    """The latest tag, with the number of commits since and the commit, if any."""
    finished = subprocess.run(
        ["git", "describe", "--tags", "--always"],
        cwd=checkout,
        capture_output=True,
        text=True,
        check=True,
        timeout=10,
    )
    return finished.stdout.strip()
