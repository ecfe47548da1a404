"""The shipping note written to the outbox folder, as the post office program finds it."""

from __future__ import annotations

from pathlib import Path

import pytest

from notifications import FileMailer, ShopSettings, order_shipped
from tests.helpers import subjects


# --8<-- [start:integration]
def test_each_note_becomes_a_file_in_the_outbox(
    mailer: FileMailer, settings: ShopSettings, outbox: Path
) -> None:
    order_shipped(mailer, settings, "ana@example.com", 1042)
    order_shipped(mailer, settings, "bob@example.com", 1043)
    assert sorted(p.name for p in outbox.iterdir()) == ["00001.eml", "00002.eml"]


def test_the_outbox_reads_back_what_was_sent(mailer: FileMailer, settings: ShopSettings) -> None:
    note = order_shipped(mailer, settings, "ana@example.com", 1042)
    assert mailer.sent() == [note]
    assert subjects(mailer) == [note.subject]
# --8<-- [end:integration]


# --8<-- [start:slow]
@pytest.mark.slow
def test_two_hundred_notes_make_two_hundred_files(
    mailer: FileMailer, settings: ShopSettings, outbox: Path
) -> None:
    for number in range(1, 201):
        order_shipped(mailer, settings, "ana@example.com", number)
    assert len(list(outbox.iterdir())) == 200
# --8<-- [end:slow]
