"""Two ways to find a price (another correct version: the index keeps the entries and
builds its dict when it is first asked, and again after every addition)."""

from __future__ import annotations

from dataclasses import dataclass


class UnknownSku(KeyError):
    """No price for this SKU."""


@dataclass(frozen=True)
class Entry:
    sku: str
    cents: int


def find_price(entries: list[Entry], sku: str) -> int:
    wanted = sku.strip().upper()
    matches = [entry.cents for entry in entries if entry.sku.strip().upper() == wanted]
    if not matches:
        raise UnknownSku(f"unknown SKU {sku.strip()} (looked for {wanted})")
    return matches[-1]


class PriceIndex:
    def __init__(self, entries: list[Entry]) -> None:
        self._entries = list(entries)
        self._prices: dict[str, int] | None = None

    def add(self, entry: Entry) -> None:
        self._entries.append(entry)
        self._prices = None

    def price(self, sku: str) -> int:
        if self._prices is None:
            self._prices = {}
            for entry in self._entries:
                self._prices[entry.sku.strip().upper()] = entry.cents
        wanted = sku.strip().upper()
        if wanted in self._prices:
            return self._prices[wanted]
        raise UnknownSku(f"unknown SKU {sku.strip()} (looked for {wanted})")
