"""Tests for labels.py, with every warning an error (pytest.ini) unless a test expects it.

A warning the rules promise is checked with pytest.warns, its category and its message;
a warning nobody expects fails the test that caused it, so a plain call of label() also
proves that label() does not warn.
"""

from __future__ import annotations

import pytest

from labels import FreeItemWarning, label, price_label


@pytest.mark.parametrize(
    ("cents", "shown"),
    [(450, "€4.50"), (1205, "€12.05"), (7, "€0.07")],
    ids=["whole-tens", "few-cents", "under-a-euro"],
)
def test_a_label_shows_euros_and_cents(cents: int, shown: str) -> None:
    assert label("TEA-80", cents) == f"TEA-80 {shown}"


def test_the_old_name_gives_the_same_label_and_says_what_replaces_it() -> None:
    with pytest.warns(DeprecationWarning, match=r"\blabel\b"):
        assert price_label("COFFEE-400", 1205) == "COFFEE-400 €12.05"


def test_the_deprecation_points_at_the_callers_line() -> None:
    with pytest.warns(DeprecationWarning) as record:
        price_label("TEA-80", 450)

    # stacklevel=2: the warning names this file, where the old name is used.
    assert record[0].filename == __file__


def test_a_free_item_is_labelled_free_with_a_warning() -> None:
    with pytest.warns(FreeItemWarning, match="BREAD"):
        assert label("BREAD", 0) == "BREAD free"


def test_a_free_item_warning_is_a_user_warning() -> None:
    assert issubclass(FreeItemWarning, UserWarning)


def test_a_negative_price_is_refused() -> None:
    with pytest.raises(ValueError):
        label("MILK", -1)
