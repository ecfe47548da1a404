"""The price index: every SKU's price in cents, built from the supplier's price list.

Building it is the slow part of a real run (a download and a parse); here it is a file
written once. ``builds`` counts how often this process built one.
"""

from __future__ import annotations

import json
from pathlib import Path

PRICE_LIST = {"MILK": 95, "BREAD": 250, "TEA-80": 1250, "EGGS": 30, "COFFEE-400": 599}
builds = 0


def build_price_index(path: Path) -> None:
    """Write the index to ``path``."""
    global builds
    builds += 1
    path.write_text(json.dumps(PRICE_LIST, sort_keys=True), encoding="utf-8")


def load_price_index(path: Path) -> dict[str, int]:
    prices: dict[str, int] = json.loads(path.read_text(encoding="utf-8"))
    return prices
