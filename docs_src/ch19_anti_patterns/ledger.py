"""The day's sales: a CSV export for the accountant, and a ledger in SQLite."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path


def export_sales(sales: list[tuple[str, int]], folder: Path) -> Path:
    """Write ``sales.csv`` (sku, cents) in ``folder`` and return its path."""
    path = folder / "sales.csv"
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(["sku", "cents"])
        writer.writerows(sales)
    return path


class Ledger:
    def __init__(self, path: Path) -> None:
        self.connection = sqlite3.connect(path)
        self.connection.execute("CREATE TABLE IF NOT EXISTS sales (sku TEXT, cents INTEGER)")

    def record(self, sku: str, cents: int) -> None:
        with self.connection:
            self.connection.execute("INSERT INTO sales VALUES (?, ?)", (sku, cents))

    def takings(self) -> int:
        (total,) = self.connection.execute("SELECT COALESCE(SUM(cents), 0) FROM sales").fetchone()
        return int(total)

    def close(self) -> None:
        self.connection.close()
