"""Is a SKU in stock? The same question, answered from a list or from a set."""

from __future__ import annotations


def in_stock_list(skus: list[str], sku: str) -> bool:
    """Look through the list of SKUs in stock, one by one."""
    return sku in skus


def in_stock_set(skus: frozenset[str], sku: str) -> bool:
    """Ask the set of SKUs in stock, which finds it by its hash."""
    return sku in skus
