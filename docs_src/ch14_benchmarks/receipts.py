"""The till's receipts: one line per item, then the total, amounts in whole cents."""

from __future__ import annotations


def euros(cents: int) -> str:
    """``1250`` as ``€12.50``; a refund as ``-€1.95``."""
    sign = "-" if cents < 0 else ""
    return f"{sign}€{abs(cents) // 100}.{abs(cents) % 100:02d}"


def render_receipt(lines: list[tuple[str, int, int]]) -> str:
    """The receipt for ``(sku, unit_cents, quantity)`` lines, the total last."""
    rows = [f"{sku:<12}{quantity:>4} x {euros(unit):>8}" for sku, unit, quantity in lines]
    total = sum(unit * quantity for _, unit, quantity in lines)
    rows.append(f"{'TOTAL':<12}{euros(total):>17}")
    return "\n".join(rows)
