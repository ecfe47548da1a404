"""Receipts at Tessa's corner shop: 32 characters wide, like the till's paper roll.

* ``money(cents)`` writes an amount in euros: ``money(705) == "€7.05"``.
* ``receipt_line(name, cents)`` puts the name on the left and the price on the right,
  on exactly one line of the paper's width.
* ``print_receipt(lines)`` sends lines to the receipt printer named by the environment
  variable ``SHOP_RECEIPT_PRINTER`` (a device path). ``printer_address()`` is that
  address, or None when no printer is attached.

Known bug, issue #31: a name too long for the paper pushes the line past its width.
"""

from __future__ import annotations

import os
from pathlib import Path

WIDTH = 32


class PrinterMissing(RuntimeError):
    """There is no receipt printer attached to this machine."""


def money(cents: int) -> str:
    if cents < 0:
        raise ValueError("receipts print refunds on a line of their own")
    return f"€{cents // 100}.{cents % 100:02d}"


def receipt_line(name: str, cents: int, width: int = WIDTH) -> str:
    price = money(cents)
    return f"{name} {price.rjust(width - len(name) - 1)}"


def printer_address() -> str | None:
    return os.environ.get("SHOP_RECEIPT_PRINTER") or None


def print_receipt(lines: list[str]) -> int:
    """Send ``lines`` to the printer; returns how many bytes went out."""
    address = printer_address()
    if address is None:
        raise PrinterMissing("no receipt printer attached (set SHOP_RECEIPT_PRINTER)")
    data = ("\n".join(lines) + "\n\n\n").encode("utf-8")
    with Path(address).open("wb") as printer:
        return printer.write(data)
