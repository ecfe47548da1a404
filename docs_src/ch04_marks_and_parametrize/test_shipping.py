"""Shipping costs, case by case: parametrize in its main forms."""

import pytest

from shipping import LIGHT_UP_TO, RATES, shipping_cost


# --8<-- [start:first]
@pytest.mark.parametrize(
    ("zone", "grams", "expected"),
    [
        ("local", 500, 300),
        ("local", 2_000, 300),
        ("local", 2_001, 600),
        ("europe", 10_000, 2900),
    ],
)
def test_shipping_cost(zone: str, grams: int, expected: int) -> None:
    assert shipping_cost(zone, grams) == expected
# --8<-- [end:first]


# --8<-- [start:ids]
@pytest.mark.parametrize(
    ("zone", "grams", "expected"),
    [
        ("national", 1, 495),
        ("national", 2_000, 495),
        ("national", 2_001, 995),
        ("NATIONAL", 800, 495),
    ],
    ids=[
        "lightest",
        "light-band-ends",
        "heavy-band-starts",
        "zone-in-capitals",
    ],
)
def test_national_shipping(zone: str, grams: int, expected: int) -> None:
    assert shipping_cost(zone, grams) == expected
# --8<-- [end:ids]


# --8<-- [start:param]
@pytest.mark.parametrize(
    ("zone", "grams", "member", "expected"),
    [
        pytest.param(
            "local", 500, True, 0,
            id="member-local-free", marks=pytest.mark.smoke,
        ),
        pytest.param("local", 500, False, 300, id="guest-local-pays"),
        pytest.param("europe", 500, True, 1500, id="member-abroad-pays"),
    ],
)
def test_members_ship_local_parcels_free(
    zone: str, grams: int, member: bool, expected: int
) -> None:
    assert shipping_cost(zone, grams, member=member) == expected
# --8<-- [end:param]


# --8<-- [start:refused]
@pytest.mark.parametrize(
    ("zone", "grams", "message"),
    [
        pytest.param(
            "mars", 500, "we do not ship to 'mars'", id="unknown-zone"
        ),
        pytest.param("local", 0, "not 0", id="weightless"),
        pytest.param("local", 10_001, "not 10001", id="too-heavy"),
    ],
)
def test_refused_parcels(zone: str, grams: int, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        shipping_cost(zone, grams)
# --8<-- [end:refused]


# --8<-- [start:stacked]
@pytest.mark.parametrize("zone", ["local", "national", "europe"])
@pytest.mark.parametrize("member", [False, True], ids=["guest", "member"])
def test_a_heavier_parcel_never_costs_less(zone: str, member: bool) -> None:
    light = shipping_cost(zone, LIGHT_UP_TO, member=member)
    heavy = shipping_cost(zone, LIGHT_UP_TO + 1, member=member)
    assert heavy >= light
# --8<-- [end:stacked]


# --8<-- [start:class]
@pytest.mark.parametrize("zone", sorted(RATES))
class TestEveryZone:
    def test_the_name_ignores_case(self, zone: str) -> None:
        assert shipping_cost(zone.upper(), 100) == shipping_cost(zone, 100)

    def test_more_than_ten_kilos_is_refused(self, zone: str) -> None:
        with pytest.raises(ValueError):
            shipping_cost(zone, 10_001)
# --8<-- [end:class]


# --8<-- [start:slow]
@pytest.mark.slow
def test_every_weight_in_every_zone_has_a_price() -> None:
    for zone in RATES:
        for grams in range(1, 10_001):
            assert shipping_cost(zone, grams) > 0
# --8<-- [end:slow]
