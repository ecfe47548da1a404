"""The wording of the shipping note, checked in memory: no file is written."""

from __future__ import annotations

from notifications import MemoryMailer, ShopSettings, order_shipped
from tests.helpers import subjects


# --8<-- [start:unit]
def test_the_note_names_the_shop_and_the_order(
    mailer: MemoryMailer, settings: ShopSettings, customer_email: str
) -> None:
    order_shipped(mailer, settings, customer_email, 1042)
    assert subjects(mailer) == ["Tessa's corner shop: order 1042 is on its way"]


def test_the_note_comes_from_the_shop(mailer: MemoryMailer, settings: ShopSettings) -> None:
    note = order_shipped(mailer, settings, "ana@example.com", 1042)
    assert (note.sender, note.to) == ("orders@tessas-corner.shop", "ana@example.com")
# --8<-- [end:unit]
