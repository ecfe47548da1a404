"""Two ways to find a price (another correct version: the scan reads forwards and keeps
the last match; the index is a dict comprehension, where a later key overwrites)."""

from __future__ import annotations

from dataclasses import dataclass


class UnknownSku(KeyError):
    pass


@dataclass(frozen=True)
class Entry:
    sku: str
    cents: int


def _normal(sku: str) -> str:
    return sku.upper().strip()


def find_price(entries: list[Entry], sku: str) -> int:
    wanted = _normal(sku)
    found: int | None = None
    for entry in entries:
        if _normal(entry.sku) == wanted:
            found = entry.cents
    if found is None:
        raise UnknownSku(f"{wanted!r} is not on the price list")
    return found


class PriceIndex:
    def __init__(self, entries: list[Entry]) -> None:
        self._prices = {_normal(entry.sku): entry.cents for entry in entries}

    def add(self, entry: Entry) -> None:
        self._prices |= {_normal(entry.sku): entry.cents}

    def price(self, sku: str) -> int:
        wanted = _normal(sku)
        if wanted not in self._prices:
            raise UnknownSku(f"{wanted!r} is not on the price list")
        return self._prices[wanted]
