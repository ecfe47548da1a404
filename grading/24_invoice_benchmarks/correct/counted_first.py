"""Invoices for the shop's trade customers (another correct version: a Counter for the
quantities, the goods summed SKU by SKU afterwards)."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

BULK_QUANTITY = 10
BULK_DISCOUNT_PERCENT = 10


@dataclass(frozen=True)
class Line:
    sku: str
    unit_cents: int
    quantity: int


class NegativeLine(ValueError):
    """A line with a negative price or quantity."""


def _key(sku: str) -> str:
    return sku.strip().upper()


def invoice_total(lines: list[Line]) -> int:
    bad = [line for line in lines if line.unit_cents < 0 or line.quantity < 0]
    if bad:
        raise NegativeLine(f"{len(bad)} line(s) below zero, the first for {bad[0].sku!r}")
    counted: Counter[str] = Counter()
    by_sku: defaultdict[str, list[Line]] = defaultdict(list)
    for line in lines:
        counted[_key(line.sku)] += line.quantity
        by_sku[_key(line.sku)].append(line)
    total = 0
    for sku, its_lines in by_sku.items():
        goods = sum(line.unit_cents * line.quantity for line in its_lines)
        discount = goods // BULK_DISCOUNT_PERCENT if counted[sku] >= BULK_QUANTITY else 0
        total += goods - discount
    return total
