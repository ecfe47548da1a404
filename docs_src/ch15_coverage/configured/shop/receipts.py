"""Receipts for the counter: amounts as the shop writes them, and a printer to send them to."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable


def euros(cents: int) -> str:
    """An amount as a receipt writes it: 1250 is `€12.50`, a refund of 195 is `-€1.95`."""
    sign = "-" if cents < 0 else ""
    whole, rest = divmod(abs(cents), 100)
    return f"{sign}€{whole}.{rest:02d}"


def receipt(lines: Iterable[tuple[str, int]]) -> str:
    """One line per item, SKU and amount, then the total."""
    lines = list(lines)
    if not lines:
        raise ValueError("a receipt needs at least one line")
    text = [f"{sku:<12}{euros(cents):>10}" for sku, cents in lines]
    text.append(f"{'TOTAL':<12}{euros(sum(cents for _, cents in lines)):>10}")
    return "\n".join(text)


class Printer:
    """Where receipts go: the counter's thermal printer, or a PDF for online orders."""

    def send(self, text: str) -> None:
        raise NotImplementedError


def print_receipt(printer: Printer, lines: Iterable[tuple[str, int]]) -> None:
    printer.send(receipt(lines))


if __name__ == "__main__":  # pragma: no cover - a manual check at the counter
    print(receipt([("TEA-80", 395), ("MILK", 129)]))
