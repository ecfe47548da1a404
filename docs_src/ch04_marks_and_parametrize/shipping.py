"""Shipping at Tessa's corner shop: what a parcel costs, by zone and weight.

The shop's price table, in cents:

    zone        up to 2 kg   up to 10 kg
    local           300          600
    national        495          995
    europe         1500         2900

* Zone names ignore case; an unknown zone raises ValueError.
* A parcel weighs at least 1 gram and at most 10 kg; anything else raises
  ValueError.
* Members of the loyalty club send local parcels for free.
"""

from __future__ import annotations

RATES = {
    "local": (300, 600),
    "national": (495, 995),
    "europe": (1500, 2900),
}
LIGHT_UP_TO = 2_000
HEAVY_UP_TO = 10_000


def shipping_cost(zone: str, grams: int, member: bool = False) -> int:
    """What a parcel of ``grams`` costs to send to ``zone``, in cents."""
    try:
        light, heavy = RATES[zone.lower()]
    except KeyError:
        raise ValueError(f"we do not ship to {zone!r}") from None
    if not 1 <= grams <= HEAVY_UP_TO:
        raise ValueError(
            f"a parcel weighs 1 to {HEAVY_UP_TO} grams, not {grams}"
        )
    if member and zone.lower() == "local":
        return 0
    return light if grams <= LIGHT_UP_TO else heavy
