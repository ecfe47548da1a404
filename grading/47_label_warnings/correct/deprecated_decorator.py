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

import functools
import warnings
from collections.abc import Callable
from typing import TypeVar

F = TypeVar("F", bound=Callable[..., str])


class FreeItemWarning(UserWarning):
    pass


def _deprecated(replacement: str) -> Callable[[F], F]:
    """Wrap an old name so that each call warns, pointing at the caller."""

    def wrap(function: F) -> F:
        @functools.wraps(function)
        def old_name(*args: object, **kwargs: object) -> str:
            warnings.warn(
                f"{function.__name__} is going away; use {replacement} instead",
                category=DeprecationWarning,
                stacklevel=2,
            )
            return function(*args, **kwargs)

        return old_name  # type: ignore[return-value]

    return wrap


def label(sku: str, cents: int) -> str:
    if cents > 0:
        euros, rest = divmod(cents, 100)
        return "%s €%d.%02d" % (sku, euros, rest)
    if cents == 0:
        warnings.warn(FreeItemWarning(f"the label for {sku} says free"), stacklevel=2)
        return sku + " free"
    raise ValueError(cents)


@_deprecated("label")
def price_label(sku: str, cents: int) -> str:
    return label(sku, cents)
