"""Tests for the receipt archive, against moto's S3 through a real boto3 client."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from conftest import BUCKET
from receipts import ReceiptArchive, ReceiptExists, ReceiptNotFound

DAY = date(2026, 3, 7)
# A euro sign is one byte in cp1252 and latin-9 but three in UTF-8: it shows the encoding.
RECEIPT = "Tessa's corner shop\n2 x apple  1,20 €\nTotal      1,20 €\n"


def test_a_receipt_is_stored_as_utf8_text_under_its_key(s3: Any) -> None:
    archive = ReceiptArchive(s3, BUCKET)

    key = archive.store(42, DAY, RECEIPT)

    # Look at what really landed in the bucket with the client itself, not only
    # through the archive: a wrong key would still read back through the archive.
    assert key == "receipts/2026-03-07/order-42.txt"
    stored = s3.get_object(Bucket=BUCKET, Key=key)
    assert stored["Body"].read() == RECEIPT.encode("utf-8")
    assert stored["ContentType"] == "text/plain; charset=utf-8"
    assert archive.fetch(42, DAY) == RECEIPT


def test_a_second_receipt_for_the_same_order_and_day_is_refused(s3: Any) -> None:
    archive = ReceiptArchive(s3, BUCKET)
    archive.store(42, DAY, RECEIPT)

    with pytest.raises(ReceiptExists):
        archive.store(42, DAY, "something else")

    assert archive.fetch(42, DAY) == RECEIPT


def test_a_missing_receipt_can_be_neither_fetched_nor_deleted(s3: Any) -> None:
    archive = ReceiptArchive(s3, BUCKET)
    archive.store(42, DAY, RECEIPT)
    archive.delete(42, DAY)

    # The message names the key; re.escape because a key is not a pattern.
    with pytest.raises(ReceiptNotFound, match="receipts/2026-03-07/order-42\\.txt"):
        archive.fetch(42, DAY)
    # To S3, deleting a missing key succeeds: the archive must check for itself.
    with pytest.raises(ReceiptNotFound, match="receipts/2026-03-07/order-42\\.txt"):
        archive.delete(42, DAY)


def test_the_orders_of_a_day_come_from_every_page_as_numbers(s3: Any) -> None:
    # Pages of two keys: three receipts of the day need two pages. (With the default
    # of 1000 the test would need 1001 receipts to reach the second page.)
    archive = ReceiptArchive(s3, BUCKET, page_size=2)
    for order_id in (9, 10, 3):
        archive.store(order_id, DAY, RECEIPT)
    archive.store(11, date(2026, 3, 8), RECEIPT)

    # 10 sorts before 3 and 9 as text: the ids must be compared as numbers.
    assert archive.orders_on(DAY) == [3, 9, 10]
