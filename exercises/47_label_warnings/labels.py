"""Shelf labels: what the little card under each item says.

The shop renamed ``price_label`` to ``label``; the old name still works for a while, and
warns. The rules:

* ``label(sku, cents)`` returns the SKU and the price in euros, as ``TEA-80 €4.50``, and
  emits no warning.
* ``price_label(sku, cents)``, the old name, returns the same label, and emits a
  ``DeprecationWarning`` whose message names ``label``, its replacement.
* The deprecation warning points at the line that called ``price_label``: it is issued
  with ``stacklevel=2``, so its ``filename`` is the caller's file.
* A price of 0 cents makes the label ``BREAD free`` and emits a ``FreeItemWarning`` (a
  kind of ``UserWarning``) whose message names the SKU: a free item is usually a typo.
* A negative price raises ``ValueError``.
"""

from __future__ import annotations

import warnings


class FreeItemWarning(UserWarning):
    """A label says an item is free: check the price."""


def label(sku: str, cents: int) -> str:
    if cents < 0:
        raise ValueError(f"a price cannot be negative: {cents}")
    if cents == 0:
        warnings.warn(f"{sku} is labelled free", FreeItemWarning, stacklevel=2)
        return f"{sku} free"
    return f"{sku} €{cents // 100}.{cents % 100:02d}"


def price_label(sku: str, cents: int) -> str:
    warnings.warn(
        "price_label() is deprecated: call label() instead",
        DeprecationWarning,
        stacklevel=2,
    )
    return label(sku, cents)
