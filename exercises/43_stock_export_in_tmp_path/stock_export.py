"""Tessa's nightly stock export: one CSV file a day, for the accountant.

The rules:

* ``export_stock(stock, day, folder=None)`` writes the stock, a dict ``{sku: quantity}``,
  to ``stock-YYYY-MM-DD.csv`` in ``folder`` (the day's date, zero-padded) and returns
  the file's path. With no folder, it writes in ``exports/`` under the current working
  folder. A folder that does not exist yet is created, with its parents.
* The file is UTF-8 text with ``\\n`` line ends: the header ``sku,quantity``, then one
  row per SKU, sorted by SKU.
* A quantity below 0 raises ``ValueError``, and no file is written.
* Exporting a day that already has a file raises ``FileExistsError``, and the file
  already there stays as it was.
* ``read_stock(path)`` reads such a file back into ``{sku: quantity}``, quantities as
  ``int``.
* ``prune(folder, keep)`` deletes all but the ``keep`` most recent days' exports in
  ``folder`` and returns how many it deleted. Other files in the folder are never
  touched.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

HEADER = "sku,quantity"
EXPORT_NAME = re.compile(r"^stock-\d{4}-\d{2}-\d{2}\.csv$")


def export_stock(stock: dict[str, int], day: date, folder: Path | None = None) -> Path:
    for sku, quantity in stock.items():
        if quantity < 0:
            raise ValueError(f"{sku} has a quantity of {quantity}")
    folder = Path("exports") if folder is None else folder
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"stock-{day.isoformat()}.csv"
    rows = [HEADER, *(f"{sku},{stock[sku]}" for sku in sorted(stock))]
    with path.open("x", encoding="utf-8", newline="\n") as file:
        file.write("\n".join(rows) + "\n")
    return path


def read_stock(path: Path) -> dict[str, int]:
    lines = path.read_text(encoding="utf-8").splitlines()
    stock: dict[str, int] = {}
    for line in lines[1:]:
        sku, quantity = line.split(",")
        stock[sku] = int(quantity)
    return stock


def prune(folder: Path, keep: int) -> int:
    exports = sorted(p for p in folder.iterdir() if EXPORT_NAME.match(p.name))
    old = exports[: max(len(exports) - keep, 0)]
    for path in old:
        path.unlink()
    return len(old)
