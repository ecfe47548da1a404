"""Restocking the shelves, one case at a time."""


def units_to_order(on_hand: int, minimum: int, case_size: int) -> int:
    """How many units to order so that the stock is back at ``minimum`` or above."""
    if case_size <= 0:
        raise ValueError("the case size must be a whole number of at least 1")
    ordered = 0
    while on_hand + ordered < minimum:
        ordered += case_size
    return ordered


def first_short(stock: dict[str, int], minimums: dict[str, int]) -> str | None:
    """The first SKU, in alphabetical order, whose stock is below its minimum."""
    return next(
        (sku for sku in sorted(minimums) if stock.get(sku, 0) < minimums[sku]),
        None,
    )
