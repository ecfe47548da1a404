"""Receipts written to a folder, one text file per order."""

from __future__ import annotations

from pathlib import Path


def save_receipt(order_id: int, lines: list[tuple[str, int]], folder: Path) -> Path:
    """Write ``receipt-<order_id>.txt`` in ``folder`` (created if need be); refuse to
    overwrite a receipt that exists."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"receipt-{order_id}.txt"
    text = "".join(f"{quantity} x {sku}\n" for sku, quantity in lines)
    with path.open("x", encoding="utf-8") as file:
        file.write(text)
    return path
