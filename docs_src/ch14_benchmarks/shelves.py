"""Shelf labels, printed in the order the shelves stand in the shop."""

from __future__ import annotations


def sort_labels(labels: list[tuple[int, str]]) -> None:
    """Sort ``(aisle, sku)`` labels in place: by aisle, then by SKU."""
    labels.sort()
