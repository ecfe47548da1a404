"""The price checker at the counter: `python price_check.py TEA-80 milk` prints prices.

One line per SKU, in the order given: the SKU in capitals, two spaces, the price. An SKU
the shop does not sell is reported on stderr and the others are still printed. Exit
status: 0 when every SKU was found, 1 when any was not, 2 when none was given.
"""

import sys

PRICES = {
    "BREAD": 210,
    "COFFEE-400": 649,
    "EGGS": 289,
    "MILK": 129,
    "TEA-80": 395,
    "WATER-6X1L": 305,
}


def euros(cents: int) -> str:
    """An amount as the shop writes it: 305 cents is `€3.05`."""
    whole, rest = divmod(cents, 100)
    return f"€{whole}.{rest:02d}"


def main(argv: list[str]) -> int:
    """Print the price of each SKU in ``argv``; return the exit status."""
    if not argv:
        print("usage: price_check.py SKU [SKU ...]", file=sys.stderr)
        return 2
    status = 0
    for typed in argv:
        sku = typed.upper()
        if sku not in PRICES:
            print(f"price_check: the shop does not sell {typed!r}", file=sys.stderr)
            status = 1
            continue
        print(f"{sku}  {euros(PRICES[sku])}")
    return status


# The one place no test reaches: it runs only when Python starts this file as a script.
# Everything it does is main()'s, and main() is tested.
if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
