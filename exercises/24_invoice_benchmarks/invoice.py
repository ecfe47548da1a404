"""Invoices for the shop's trade customers: cafés and offices that buy by the case.

A trade invoice is long (the biggest customers send 500 lines and more), so it is priced
on every order and must stay quick. The rules:

* ``invoice_total(lines)`` returns what an invoice costs, in whole cents: each line's
  unit price times its quantity, less the bulk discounts. An empty invoice costs 0.
* A SKU is the same whatever its case and the spaces around it: ``" tea-80"`` is
  ``"TEA-80"``.
* The quantities of one SKU count together, on however many lines it appears. When they
  come to 10 or more, that SKU's goods get 10% off.
* The discount is worked out once per SKU, on all its goods together, and rounded down
  to whole cents.
* An invoice of any length is priced by these same rules.
* A negative unit price or quantity raises ``ValueError``.
"""

from __future__ import annotations

from dataclasses import dataclass

BULK_QUANTITY = 10
BULK_DISCOUNT_PERCENT = 10


@dataclass(frozen=True)
class Line:
    """One line of an invoice: ``quantity`` items of ``sku`` at ``unit_cents`` each."""

    sku: str
    unit_cents: int
    quantity: int


def invoice_total(lines: list[Line]) -> int:
    """What the invoice costs, in cents, bulk discounts taken off."""
    quantities: dict[str, int] = {}
    goods: dict[str, int] = {}
    for line in lines:
        if line.unit_cents < 0 or line.quantity < 0:
            raise ValueError(f"a line cannot be negative: {line}")
        sku = line.sku.strip().upper()
        quantities[sku] = quantities.get(sku, 0) + line.quantity
        goods[sku] = goods.get(sku, 0) + line.unit_cents * line.quantity
    total = 0
    for sku, cents in goods.items():
        if quantities[sku] >= BULK_QUANTITY:
            cents -= cents * BULK_DISCOUNT_PERCENT // 100
        total += cents
    return total
