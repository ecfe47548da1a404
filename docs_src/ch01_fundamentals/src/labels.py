"""The label under each item on the shelves: its SKU and how many are left."""

from __future__ import annotations

import labelmaker
from stock import Shelves


def shelf_label(shelves: Shelves, sku: str) -> str:
    return labelmaker.render(f"{sku} x{shelves.count(sku)}")
