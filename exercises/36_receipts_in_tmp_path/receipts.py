"""The till's receipt archive: one text file per order, kept in a folder.

Tessa keeps a copy of every receipt for the accountant. The rules:

* ``save_receipt(folder, order_id, lines)`` writes the receipt of an order to
  ``folder/receipt-<order_id>.txt`` and returns that path. The folder, and any folder
  above it, is created when it is missing.
* ``lines`` are ``(sku, quantity, unit_price_cents)``. The receipt has one line per item,
  ``<sku> x<quantity> <price of the line>``, then ``TOTAL <total>``, each amount written
  in euros with two decimals: ``€12.50``.
* An order has one receipt: saving another for it raises ``FileExistsError``, and the
  first receipt stays as it was.
* ``receipts_in(folder)`` returns the order ids that have a receipt in the folder, as
  numbers, smallest first. Other files in the folder are not receipts. A folder that
  does not exist holds no receipts.
"""

from __future__ import annotations

import re
from pathlib import Path

RECEIPT_NAME = re.compile(r"receipt-(\d+)\.txt")


def euros(cents: int) -> str:
    """1250 -> '€12.50'."""
    return f"€{cents // 100}.{cents % 100:02d}"


def receipt_text(lines: list[tuple[str, int, int]]) -> str:
    rows = [f"{sku} x{quantity} {euros(quantity * price)}" for sku, quantity, price in lines]
    total = sum(quantity * price for _, quantity, price in lines)
    return "\n".join([*rows, f"TOTAL {euros(total)}"]) + "\n"


def save_receipt(folder: Path, order_id: int, lines: list[tuple[str, int, int]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"receipt-{order_id}.txt"
    # "x" creates the file, or raises FileExistsError if it is there: never overwrites.
    with path.open("x", encoding="utf-8") as receipt:
        receipt.write(receipt_text(lines))
    return path


def receipts_in(folder: Path) -> list[int]:
    if not folder.is_dir():
        return []
    found = (RECEIPT_NAME.fullmatch(path.name) for path in folder.iterdir())
    return sorted(int(match[1]) for match in found if match)
