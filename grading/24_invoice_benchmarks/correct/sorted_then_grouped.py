"""Invoices for the shop's trade customers (another correct version: the lines sorted by
SKU, then priced one group at a time)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

BULK_QUANTITY = 10


@dataclass(frozen=True)
class Line:
    sku: str
    unit_cents: int
    quantity: int


def _normalised(sku: str) -> str:
    return sku.upper().strip()


def _group_total(lines: list[Line]) -> int:
    goods = 0
    quantity = 0
    for line in lines:
        if line.quantity < 0:
            raise ValueError("quantities start at zero")
        if line.unit_cents < 0:
            raise ValueError("prices start at zero")
        goods += line.unit_cents * line.quantity
        quantity += line.quantity
    if quantity < BULK_QUANTITY:
        return goods
    # 90% of the goods, with the fraction of a cent of the discount left on the bill.
    return goods - (goods * 10) // 100


def invoice_total(lines: list[Line]) -> int:
    ordered = sorted(lines, key=lambda line: _normalised(line.sku))
    return sum(
        _group_total(list(group))
        for _, group in itertools.groupby(ordered, key=lambda line: _normalised(line.sku))
    )
