"""The shop's price list, as the warehouse system exports it.

``load()`` fetches the export and returns it as a read-only mapping from SKU to price
in cents. In the shop it comes over the network and takes a while, so a test run should
load it once and share it; ``load_count()`` says how often ``load()`` has run in this
process. ``value_of(counts, prices)`` is what a set of counts is worth.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from types import MappingProxyType

_EXPORT = """sku,name,cents
APPLE,Apple,35
BREAD,Sourdough loaf,420
EGGS,Free-range eggs (6),289
MILK,Milk 1 l,109
"""

_loads = 0


def load() -> Mapping[str, int]:
    global _loads
    _loads += 1
    rows = csv.DictReader(io.StringIO(_EXPORT))
    return MappingProxyType({row["sku"]: int(row["cents"]) for row in rows})


def load_count() -> int:
    return _loads


def value_of(counts: Mapping[str, int], prices: Mapping[str, int]) -> int:
    return sum(prices[sku] * quantity for sku, quantity in counts.items())
