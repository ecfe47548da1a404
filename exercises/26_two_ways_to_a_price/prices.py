"""Two ways to find a price in the shop's price list.

The price list is a list of ``Entry(sku, cents)`` in the order they were written: when a
price changes, the shop appends a new entry and keeps the old one, so a SKU can be listed
many times. The till looks prices up all day, and the shop is deciding between two ways:

* ``find_price(entries, sku)`` reads the list itself, every time;
* ``PriceIndex(entries)`` reads the list once, into a dict; ``index.price(sku)`` then
  answers from the dict, and ``index.add(entry)`` appends a new entry.

Both follow the same rules:

* A SKU is the same whatever its case and the spaces around it, in the list and in the
  question: ``" tea-80"`` is ``"TEA-80"``.
* When a SKU is listed more than once, its last entry counts: it is the newest price.
* After ``index.add(entry)``, the index answers with the added price.
* A SKU that is not listed raises ``UnknownSku`` (a kind of ``KeyError``), whose message
  names the SKU.
"""

from __future__ import annotations

from dataclasses import dataclass


class UnknownSku(KeyError):
    """No price for this SKU."""


@dataclass(frozen=True)
class Entry:
    """One line of the price list: ``sku`` costs ``cents`` from now on."""

    sku: str
    cents: int


def _key(sku: str) -> str:
    return sku.strip().upper()


def find_price(entries: list[Entry], sku: str) -> int:
    """The newest price of ``sku``, read from the list, last entry first."""
    wanted = _key(sku)
    for entry in reversed(entries):
        if _key(entry.sku) == wanted:
            return entry.cents
    raise UnknownSku(f"no price for {wanted}")


class PriceIndex:
    """The price list read once into a dict, SKU to newest price."""

    def __init__(self, entries: list[Entry]) -> None:
        self._prices: dict[str, int] = {}
        for entry in entries:
            self.add(entry)

    def add(self, entry: Entry) -> None:
        """A newer price: from now on, ``price`` answers with it."""
        self._prices[_key(entry.sku)] = entry.cents

    def price(self, sku: str) -> int:
        """The newest price of ``sku``."""
        try:
            return self._prices[_key(sku)]
        except KeyError:
            raise UnknownSku(f"no price for {_key(sku)}") from None
