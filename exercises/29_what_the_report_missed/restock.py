"""Restocking the shelves: what to order from the wholesaler, and which item runs short first.

The wholesaler sells in cases (a case of MILK holds 12 bottles). Stock counts are keyed by
SKU (docs/shop.md).
"""


def units_to_order(on_hand: int, minimum: int, case_size: int) -> int:
    """How many units to order so that the stock is back at ``minimum`` or above.

    Nothing when ``on_hand`` is already at the minimum or above. Otherwise the fewest whole
    cases that bring it back: the answer is always a multiple of ``case_size``.
    A case size below 1 raises ValueError.
    """
    if case_size < 1:
        raise ValueError(f"a case cannot hold {case_size} units")
    short = minimum - on_hand
    if short <= 0:
        return 0
    cases = -(-short // case_size)  # the ceiling of short / case_size, in integers
    return cases * case_size


def first_short(stock: dict[str, int], minimums: dict[str, int]) -> str | None:
    """The first SKU, in alphabetical order, whose stock is below its minimum.

    An SKU missing from ``stock`` has none on hand. None when nothing is short.
    """
    for sku in sorted(minimums):
        if stock.get(sku, 0) < minimums[sku]:
            return sku
    return None
