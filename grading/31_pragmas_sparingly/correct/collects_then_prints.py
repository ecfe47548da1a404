"""The price checker at the counter: it sorts the SKUs into found and unknown first."""

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
    return "€%d.%02d" % divmod(cents, 100)


def main(argv: list[str]) -> int:
    if len(argv) == 0:
        sys.stderr.write("Give at least one SKU: price_check.py TEA-80 MILK\n")
        return 2
    found = [sku.upper() for sku in argv if sku.upper() in PRICES]
    unknown = [sku for sku in argv if sku.upper() not in PRICES]
    for sku in unknown:
        sys.stderr.write(f"unknown SKU: {sku}\n")
    for sku in found:
        sys.stdout.write(f"{sku}  {euros(PRICES[sku])}\n")
    return 1 if unknown else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
