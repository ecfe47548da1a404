"""Parcels that Tessa's corner shop sends out with its courier.

The rules the shop and its courier agree on:

* A parcel goes to a postcode of five digits, such as "74000", kept
  without the spaces typed around it. Anything else is refused with
  ValueError, and the message quotes it.
* Weights are in kilograms, as floats: each item's unit weight times
  its quantity, added up over the parcel.
* The courier takes parcels of up to 15 kg. Packing an item that would
  take a parcel over that raises TooHeavy, which carries the weight the
  parcel would have reached and the limit; the parcel stays as it was.
  A quantity below 1 is refused with ValueError.
* pack_many() packs a list of items in one go: every item that fits is
  packed, and if any is refused, it raises an ExceptionGroup holding
  every refusal, so that the packer hears about all of them at once.
* label() is what the courier's system receives: the postcode, how many
  items, the weight, and the service: "standard" up to 2 kg, "large"
  above.
* weight_lb() is the old way to get the weight, in pounds, from before
  the courier switched to kilograms. It still works, but warns with a
  DeprecationWarning.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass, field

LIMIT_KG = 15.0
STANDARD_UP_TO_KG = 2.0
KG_PER_LB = 0.45359237
POSTCODE = re.compile(r"[0-9]{5}")


class TooHeavy(Exception):
    def __init__(self, weight_kg: float, limit_kg: float) -> None:
        super().__init__(
            f"the parcel would weigh {weight_kg:.3f} kg;"
            f" the courier takes {limit_kg:g} kg at most"
        )
        self.weight_kg = weight_kg
        self.limit_kg = limit_kg


@dataclass(frozen=True)
class Item:
    sku: str
    quantity: int
    unit_weight_kg: float


@dataclass
class Parcel:
    postcode: str
    items: list[Item] = field(default_factory=list)

    def __post_init__(self) -> None:
        cleaned = self.postcode.strip()
        if not POSTCODE.fullmatch(cleaned):
            raise ValueError(f"not a postcode: {self.postcode!r}")
        self.postcode = cleaned

    def pack(self, sku: str, quantity: int, unit_weight_kg: float) -> None:
        if quantity < 1:
            raise ValueError(f"pack at least 1 of {sku}, not {quantity}")
        weight = self.weight_kg() + quantity * unit_weight_kg
        if weight > LIMIT_KG:
            raise TooHeavy(weight, LIMIT_KG)
        self.items.append(Item(sku, quantity, unit_weight_kg))

    def pack_many(self, items: list[tuple[str, int, float]]) -> None:
        refused: list[Exception] = []
        for sku, quantity, unit_weight_kg in items:
            try:
                self.pack(sku, quantity, unit_weight_kg)
            except (ValueError, TooHeavy) as error:
                refused.append(error)
        if refused:
            raise ExceptionGroup(f"{len(refused)} item(s) not packed", refused)

    def weight_kg(self) -> float:
        return sum(item.quantity * item.unit_weight_kg for item in self.items)

    def skus(self) -> list[str]:
        return [item.sku for item in self.items]

    def label(self) -> dict[str, object]:
        weight = self.weight_kg()
        return {
            "to": self.postcode,
            "items": sum(item.quantity for item in self.items),
            "weight_kg": weight,
            "service": "standard" if weight <= STANDARD_UP_TO_KG else "large",
        }

    def weight_lb(self) -> float:
        warnings.warn(
            "weight_lb() is deprecated; use weight_kg(), in kilograms",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.weight_kg() / KG_PER_LB
