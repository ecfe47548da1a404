"""Your tests for receipts.py. Run `checker check 18` to see how thorough they are.

Every test gets moto's S3 through the `s3` fixture in conftest.py, so nothing reaches
AWS. Keep the tests few and full: each one starts a fresh fake S3, which takes a moment.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from conftest import BUCKET
from receipts import ReceiptArchive, ReceiptExists, ReceiptNotFound

DAY = date(2026, 3, 7)


def test_a_stored_receipt_reads_back(s3: Any) -> None:
    archive = ReceiptArchive(s3, BUCKET)

    archive.store(42, DAY, "2 x apple  1,20 €\n")

    assert archive.fetch(42, DAY) == "2 x apple  1,20 €\n"


# TODO: what really landed in the bucket? Read it with the client itself
#       (s3.get_object(Bucket=..., Key=...)): the key, the bytes, the ContentType.
# TODO: a second receipt for the same order and day.
# TODO: a receipt that is not there: fetch it, delete it (pytest.raises(..., match=...)).
# TODO: the orders of one day, past the first page of S3's listing: make the archive
#       with a small page_size, and choose order ids that sort differently as text.
