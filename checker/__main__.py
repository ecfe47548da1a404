"""``python -m checker`` and the ``checker`` console script: hand over to the CLI."""

from __future__ import annotations

import sys

from checker.cli import main as run


def main() -> None:
    sys.exit(run())


if __name__ == "__main__":
    main()
