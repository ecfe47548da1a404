"""Tests for labels.py. They pass because they look away from every warning.

pytest.ini turns warnings into errors, and this file turns them off again: for the whole
module (pytestmark) and inside a test (warnings.simplefilter). Take both out, and check
each warning the rules promise with pytest.warns. `checker check 47` shows what still
slips through.
"""

from __future__ import annotations

import warnings

import pytest

from labels import label, price_label

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def test_a_label_shows_euros_and_cents() -> None:
    assert label("TEA-80", 450) == "TEA-80 €4.50"


def test_the_old_name_still_works() -> None:
    assert price_label("TEA-80", 450) == "TEA-80 €4.50"


def test_a_free_item() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert label("BREAD", 0) == "BREAD free"


def test_a_negative_price_is_refused() -> None:
    with pytest.raises(ValueError):
        label("MILK", -1)


# TODO: which warning does the old name give, and does its message name the new one?
# TODO: where does that warning point: at your line, or inside labels.py?
# TODO: a price with fewer than ten cents.
