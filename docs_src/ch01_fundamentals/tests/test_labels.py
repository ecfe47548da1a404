"""The shelf labels, laid out by a library that warns about its own insides."""

from labels import shelf_label
from stock import Shelves


def test_a_label_shows_the_sku_and_what_is_left() -> None:
    shelves = Shelves()
    shelves.receive("TEA-80", 12)
    assert shelf_label(shelves, "TEA-80") == "[     TEA-80 x12     ]"
