"""Lines of the till's paper receipt: 32 characters wide, in euros."""

from __future__ import annotations

WIDTH = 32


def money(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    return f"{sign}€{euros}.{rest:02d}"


def receipt_line(name: str, cents: int) -> str:
    """The name on the left, the price on the right; long names are cut."""
    price = money(cents)
    room = WIDTH - len(price) - 1
    return f"{name[:room]:<{room}} {price}"
