"""The till's receipt archive: one text file per order, kept in a folder.

Another correct version: it checks for an existing receipt before writing, writes through
a temporary file that it renames into place, and finds receipts with a glob.
"""

from __future__ import annotations

import os
from pathlib import Path


def euros(cents: int) -> str:
    whole, part = divmod(cents, 100)
    return "€%d.%02d" % (whole, part)


def save_receipt(folder: Path, order_id: int, lines: list[tuple[str, int, int]]) -> Path:
    os.makedirs(folder, exist_ok=True)
    target = Path(folder, "receipt-%d.txt" % order_id)
    if target.exists():
        raise FileExistsError(f"order {order_id} already has a receipt: {target}")
    total = 0
    text = ""
    for sku, quantity, price in lines:
        total += quantity * price
        text += f"{sku} x{quantity} {euros(quantity * price)}\n"
    text += f"TOTAL {euros(total)}\n"
    draft = target.with_suffix(".draft")
    draft.write_text(text, encoding="utf-8")
    draft.replace(target)
    return target


def receipts_in(folder: Path) -> list[int]:
    ids = []
    for path in Path(folder).glob("receipt-*.txt"):
        number = path.name[len("receipt-") : -len(".txt")]
        if number.isdecimal():
            ids.append(int(number))
    ids.sort()
    return ids
