"""The shop's own checks of shelf_labels.py, which the exercise's settings are tried on.

Locked, like the module. They pass; how much of the module they cover, and what the
settings make of that, is what test_coverage_settings.py looks at.
"""

import pytest

from shelf_labels import euros, label, labels, unit_price


def check_a_price_is_written_in_euros() -> None:
    assert euros(1250) == "€12.50"


def check_a_label_without_a_weight_has_no_unit_price() -> None:
    assert label("MILK", 129) == "MILK  €1.29"


def check_a_label_with_a_weight_has_its_price_per_kilo() -> None:
    assert label("TEA-80", 395, 200) == "TEA-80  €3.95  (€19.75/kg)"


def check_a_shelf_is_labelled_in_alphabetical_order() -> None:
    assert list(labels({"TEA-80": (395, 200), "MILK": (129, None)})) == [
        "MILK  €1.29",
        "TEA-80  €3.95  (€19.75/kg)",
    ]


def check_a_negative_price_is_refused() -> None:
    with pytest.raises(ValueError, match="-5 cents"):
        euros(-5)


def check_a_weightless_packet_is_refused() -> None:
    with pytest.raises(ValueError, match="0 g"):
        unit_price(100, 0)
