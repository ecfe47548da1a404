"""Tessa's nightly stock export, with pathlib and one write_text per file.

Same rules as the course's stock_export.py.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

DEFAULT_FOLDER = "exports"


def _name(day: date) -> str:
    return f"stock-{day:%Y-%m-%d}.csv"


def export_stock(stock: dict[str, int], day: date, folder: Path | None = None) -> Path:
    negative = sorted(sku for sku, quantity in stock.items() if quantity < 0)
    if negative:
        raise ValueError(f"negative stock for {', '.join(negative)}")
    where = Path.cwd() / DEFAULT_FOLDER if folder is None else Path(folder)
    path = where / _name(day)
    if path.is_file():
        raise FileExistsError(path)
    where.mkdir(parents=True, exist_ok=True)
    body = "".join(f"{sku},{quantity}\n" for sku, quantity in sorted(stock.items()))
    path.write_text("sku,quantity\n" + body, encoding="utf-8", newline="\n")
    return path


def read_stock(path: Path) -> dict[str, int]:
    _, *rows = Path(path).read_text(encoding="utf-8").splitlines()
    return {sku: int(quantity) for sku, quantity in (row.split(",", 1) for row in rows)}


def prune(folder: Path, keep: int) -> int:
    names = sorted(
        (p for p in Path(folder).glob("stock-????-??-??.csv") if p.is_file()),
        key=lambda p: p.name,
        reverse=True,
    )
    deleted = 0
    for path in names[keep:]:
        path.unlink()
        deleted += 1
    return deleted
