"""The price checker at the counter, with prices looked up through a helper."""

import sys

PRICES = {
    "BREAD": 210,
    "COFFEE-400": 649,
    "EGGS": 289,
    "MILK": 129,
    "TEA-80": 395,
    "WATER-6X1L": 305,
}
USAGE = "price_check.py: which SKUs? For example: price_check.py TEA-80 MILK"


def euros(cents: int) -> str:
    return f"€{cents // 100}.{cents % 100:02d}"


def price_of(typed: str) -> int | None:
    return PRICES.get(typed.strip().upper())


def main(argv: list[str]) -> int:
    if not argv:
        print(USAGE, file=sys.stderr)
        return 2
    for typed in argv:
        price = price_of(typed)
        if price is None:
            print(f"No such item: {typed.upper()}", file=sys.stderr)
        else:
            print(f"{typed.strip().upper()}  {euros(price)}")
    return 1 if any(price_of(typed) is None for typed in argv) else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
