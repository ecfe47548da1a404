"""Tests for parcels.py, one assertion style at a time."""

import pytest
from parcels import Parcel, TooHeavy


def small_parcel() -> Parcel:
    """Three apples and some coffee: the parcel most tests start from."""
    parcel = Parcel(" 74000 ")
    parcel.pack("APPLE", 3, 0.1)
    parcel.pack("COFFEE-400", 1, 0.4)
    return parcel


# --8<-- [start:plain]
def test_the_postcode_is_kept_without_spaces_and_items_in_order() -> None:
    parcel = small_parcel()
    assert parcel.postcode == "74000"
    assert parcel.skus() == ["APPLE", "COFFEE-400"]
    assert "TEA-80" not in parcel.skus()
# --8<-- [end:plain]


# --8<-- [start:approx]
def test_a_parcel_weighs_what_its_items_weigh() -> None:
    assert small_parcel().weight_kg() == pytest.approx(0.7)


def test_the_courier_weighs_to_the_gram() -> None:
    assert small_parcel().weight_kg() == pytest.approx(0.7, abs=0.001)
# --8<-- [end:approx]


# --8<-- [start:raises]
def test_a_foreign_postcode_is_refused_and_quoted_in_the_error() -> None:
    with pytest.raises(ValueError, match=r"^not a postcode: 'SW1A 1AA'$"):
        Parcel("SW1A 1AA")
# --8<-- [end:raises]


# --8<-- [start:excinfo]
def test_an_item_over_the_limit_is_refused_with_the_weights() -> None:
    parcel = small_parcel()
    with pytest.raises(TooHeavy) as excinfo:
        parcel.pack("WATER-6X1L", 3, 6.0)
    assert excinfo.value.weight_kg == pytest.approx(18.7)
    assert excinfo.value.limit_kg == 15
# --8<-- [end:excinfo]


# --8<-- [start:warns]
def test_the_old_weight_in_pounds_still_works_but_warns() -> None:
    with pytest.warns(DeprecationWarning, match=r"use weight_kg\(\)"):
        pounds = small_parcel().weight_lb()
    assert pounds == pytest.approx(1.543, abs=0.001)
# --8<-- [end:warns]


# --8<-- [start:dicts]
def test_the_label_tells_the_courier_everything() -> None:
    assert small_parcel().label() == {
        "to": "74000",
        "items": 4,
        "weight_kg": pytest.approx(0.7),
        "service": "standard",
    }
# --8<-- [end:dicts]


# --8<-- [start:subset]
def test_a_light_parcel_goes_by_the_standard_service() -> None:
    expected = {"to": "74000", "service": "standard"}
    assert expected.items() <= small_parcel().label().items()
# --8<-- [end:subset]


# --8<-- [start:message]
def test_no_refused_item_changes_the_parcel() -> None:
    parcel = small_parcel()
    before = parcel.skus()
    too_heavy = [("WATER-6X1L", 3, 6.0), ("FLOUR-16KG", 1, 16.0)]
    for sku, quantity, unit_weight_kg in too_heavy:
        with pytest.raises(TooHeavy):
            parcel.pack(sku, quantity, unit_weight_kg)
        assert parcel.skus() == before, f"refusing {sku} changed it"
# --8<-- [end:message]


# --8<-- [start:raises-group]
def test_every_refused_item_is_reported_at_once() -> None:
    parcel = small_parcel()
    with pytest.RaisesGroup(
        pytest.RaisesExc(TooHeavy, match="would weigh 18.700 kg"),
        pytest.RaisesExc(ValueError, match="at least 1 of JAM"),
    ):
        parcel.pack_many(
            [("WATER-6X1L", 3, 6.0), ("JAM", 0, 0.4), ("TEA-80", 1, 0.1)]
        )
    assert parcel.skus() == ["APPLE", "COFFEE-400", "TEA-80"]


def test_a_group_is_checked_by_its_contents_not_by_the_order() -> None:
    parcel = small_parcel()
    with pytest.RaisesGroup(ValueError, TooHeavy) as excinfo:
        parcel.pack_many([("JAM", 0, 0.4), ("WATER-6X1L", 3, 6.0)])
    assert str(excinfo.value) == "2 item(s) not packed (2 sub-exceptions)"
# --8<-- [end:raises-group]
