"""The stock report Tessa reads every evening: what runs low, and what to order.

* ``running_low(levels, threshold=3)`` returns the SKUs with ``threshold`` items or fewer
  left, in alphabetical order.
* ``restock_order(levels, target)`` returns how many of each SKU to order so that every
  SKU below ``target`` is back at it; SKUs at or above it are left out.
"""

from __future__ import annotations


def running_low(levels: dict[str, int], threshold: int = 3) -> list[str]:
    """The SKUs with ``threshold`` items or fewer left, alphabetically."""
    return sorted(sku for sku, count in levels.items() if count <= threshold)


def restock_order(levels: dict[str, int], target: int) -> dict[str, int]:
    """How many of each SKU to order to bring it back up to ``target``."""
    return {sku: target - count for sku, count in levels.items() if count < target}
