"""Stock-taking at Tessa's corner shop.

* ``reorder_quantity(on_hand, weekly_sales)``: how many to order so that the shelf holds
  two weeks of sales; never a negative order.
* ``stock_take(counts)``: adds up shelf counts, given as ``(sku, quantity)`` pairs, into
  one total per SKU. The night job runs it over a whole year of counts at once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

WEEKS_OF_COVER = 2


def reorder_quantity(on_hand: int, weekly_sales: int) -> int:
    """Items to order so that the shelf covers ``WEEKS_OF_COVER`` weeks of sales."""
    if on_hand < 0 or weekly_sales < 0:
        raise ValueError("stock and sales cannot be negative")
    return max(0, weekly_sales * WEEKS_OF_COVER - on_hand)


def stock_take(counts: Iterable[tuple[str, int]]) -> dict[str, int]:
    """One total per SKU, from any number of ``(sku, quantity)`` shelf counts."""
    totals: Counter[str] = Counter()
    for sku, quantity in counts:
        totals[sku] += quantity
    return dict(totals)
