"""Lines of the till's paper receipt: 32 characters wide, prices in pounds."""

from __future__ import annotations

WIDTH = 32


def money(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    pounds, pence = divmod(abs(cents), 100)
    return f"{sign}£{pounds}.{pence:02d}"


def receipt_line(name: str, cents: int) -> str:
    """The item's name on the left, its price on the right; a long name is cut."""
    price = money(cents)
    room = WIDTH - len(price) - 1
    return f"{name[:room]:<{room}} {price}"
