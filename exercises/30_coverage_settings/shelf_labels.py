"""Shelf labels: the price on the shelf edge, with the price per kilo or litre beside it.

The module that the coverage settings of this exercise measure. It is locked: the
settings must fit it as it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator


def euros(cents: int) -> str:
    """1250 cents as the shelf writes it: `€12.50`."""
    if cents < 0:
        raise ValueError(f"a shelf price cannot be {cents} cents")
    whole, rest = divmod(cents, 100)
    return f"€{whole}.{rest:02d}"


def unit_price(cents: int, grams: int) -> str:
    """The price per kilo, which the law asks for beside the price of a packet."""
    if grams <= 0:
        raise ValueError(f"a packet cannot weigh {grams} g")
    per_kilo = cents * 1000 // grams
    return f"{euros(per_kilo)}/kg"


def label(name: str, cents: int, grams: int | None = None) -> str:
    """One shelf label: the name and the price, and the price per kilo when it has one."""
    text = f"{name}  {euros(cents)}"
    if grams is not None:
        text += f"  ({unit_price(cents, grams)})"
    return text


def labels(shelf: dict[str, tuple[int, int | None]]) -> Iterator[str]:
    """The labels of a whole shelf, in alphabetical order of the names."""
    for name in sorted(shelf):
        cents, grams = shelf[name]
        yield label(name, cents, grams)


class LabelPrinter:
    """The printer at the back of the shop; each model implements `print_label`."""

    def print_label(self, text: str) -> None:
        raise NotImplementedError


if __name__ == "__main__":  # pragma: no cover
    for line in labels({"TEA-80": (395, 200), "MILK": (129, None)}):
        print(line)
