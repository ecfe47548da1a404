"""Restocking the shelves: cases worked out with divmod, and the short SKUs gathered first."""


class BadCaseSize(ValueError):
    pass


def units_to_order(on_hand: int, minimum: int, case_size: int) -> int:
    """How many units to order so that the stock is back at ``minimum`` or above."""
    if not case_size >= 1:
        raise BadCaseSize(f"case size {case_size}?")
    if on_hand >= minimum:
        return 0
    cases, left_over = divmod(minimum - on_hand, case_size)
    if left_over:
        cases += 1
    return cases * case_size


def first_short(stock: dict[str, int], minimums: dict[str, int]) -> str | None:
    """The first SKU, in alphabetical order, whose stock is below its minimum."""
    short = [sku for sku, least in minimums.items() if stock.get(sku, 0) < least]
    if not short:
        return None
    return min(short)
