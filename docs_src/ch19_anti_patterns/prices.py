"""How the shop writes an amount: ``format_euros``; ``euros`` is its old name."""

from __future__ import annotations

import warnings


def format_euros(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    return f"{sign}€{euros}.{rest:02d}"


def euros(cents: int) -> str:
    """Deprecated: call format_euros."""
    warnings.warn("euros() is deprecated; use format_euros()", DeprecationWarning, stacklevel=2)
    return format_euros(cents)
