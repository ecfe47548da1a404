"""Tessa's nightly stock export, written with the csv module and os.

Same rules as the course's stock_export.py.
"""

from __future__ import annotations

import csv
import os
from datetime import date
from pathlib import Path


def export_stock(stock: dict[str, int], day: date, folder: Path | None = None) -> Path:
    if any(quantity < 0 for quantity in stock.values()):
        raise ValueError("stock quantities cannot be negative")
    target = Path(folder if folder is not None else os.path.join(os.getcwd(), "exports"))
    os.makedirs(target, exist_ok=True)
    path = target / day.strftime("stock-%Y-%m-%d.csv")
    if path.exists():
        raise FileExistsError(f"{path} exists already")
    with open(path, "w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file, lineterminator="\n")
        writer.writerow(["sku", "quantity"])
        writer.writerows(sorted(stock.items()))
    return path


def read_stock(path: Path) -> dict[str, int]:
    with open(path, encoding="utf-8", newline="") as file:
        return {row["sku"]: int(row["quantity"]) for row in csv.DictReader(file)}


def prune(folder: Path, keep: int) -> int:
    days: dict[date, Path] = {}
    for path in Path(folder).glob("stock-*.csv"):
        try:
            days[date.fromisoformat(path.name[6:16])] = path
        except ValueError:
            continue
    doomed = sorted(days, reverse=True)[keep:]
    for day in doomed:
        os.remove(days[day])
    return len(doomed)
