"""Receipts at Tessa's corner shop.

* ``euros(cents)`` writes an amount for a receipt:
  ``euros(1250) == "€12.50"``. A refund is negative and carries a minus
  sign in front: ``euros(-195) == "-€1.95"``.
* ``save_receipt(path, lines)`` writes a receipt to a file that only the
  shop's own user may read, since receipts name customers.

Known bug, issue #14: refunds come out wrong (``euros(-195)`` gives
``"€-2.05"``).
"""

from __future__ import annotations

from pathlib import Path


def euros(cents: int) -> str:
    # The bug of issue #14: // and % round towards minus infinity, so
    # -195 splits into -2 euros and 5 cents.
    return f"€{cents // 100}.{cents % 100:02d}"


def save_receipt(path: Path, lines: list[str]) -> None:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    path.chmod(0o600)
