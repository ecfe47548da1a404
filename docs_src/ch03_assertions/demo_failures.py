"""Tests that fail on purpose, to show what pytest prints when an
assertion fails. pytest does not collect this file by itself (its name
does not start with test_): run one test at a time, for example
`pytest -q demo_failures.py::test_label`. The code is right every time;
each test expects something it should not.
"""

import pytest
from parcels import Parcel, TooHeavy


def small_parcel() -> Parcel:
    parcel = Parcel("74000")
    parcel.pack("APPLE", 3, 0.1)
    parcel.pack("COFFEE-400", 1, 0.4)
    return parcel


def test_label() -> None:
    # Counts the lines, where the label counts the items.
    assert small_parcel().label() == {
        "to": "74000",
        "items": 2,
        "weight_kg": pytest.approx(0.7),
        "service": "standard",
    }


def test_service() -> None:
    # Expects a "small" service, which the courier does not have.
    expected = {"to": "74000", "service": "small"}
    assert expected.items() <= small_parcel().label().items()


def test_skus() -> None:
    # Expects the items sorted; they come in the order they were packed.
    assert small_parcel().skus() == ["COFFEE-400", "APPLE"]


def test_weight() -> None:
    # Compares floats exactly.
    weight = small_parcel().weight_kg()
    assert weight == 0.7


def test_refusal_message() -> None:
    # Guesses the wording of the message instead of reading it.
    with pytest.raises(TooHeavy, match="over 15 kg"):
        small_parcel().pack("WATER-6X1L", 3, 6.0)


def test_every_item_has_a_weight() -> None:
    # A custom message says which item broke the rule.
    parcel = small_parcel()
    parcel.pack("GIFT-CARD", 1, 0.0)
    for item in parcel.items:
        assert item.unit_weight_kg > 0, f"{item.sku} weighs nothing"
