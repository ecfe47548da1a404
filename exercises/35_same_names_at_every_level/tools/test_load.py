"""Tessa's load check of the live web shop: run by hand, on a quiet evening, never by
the suite. Anywhere else it fails, and it must never run by accident."""

from __future__ import annotations


def test_the_live_shop_takes_a_hundred_orders_a_minute() -> None:
    raise RuntimeError("this load check runs by hand against the live shop only")
