"""S3 through moto: a fixture holds the mock, each test gets an empty bucket."""

from __future__ import annotations

from typing import Any

import pytest

from invoices import BUCKET, file_invoice, invoices_of


# --8<-- [start:upload]
def test_an_invoice_lands_under_its_key_as_a_pdf(s3: Any) -> None:
    key = file_invoice(s3, "bakery", "2026-0117", b"%PDF-1.7 ...")

    # Read it back with the client itself: that is what another program would see.
    stored = s3.get_object(Bucket=BUCKET, Key=key)
    assert key == "invoices/bakery/2026-0117.pdf"
    assert stored["Body"].read() == b"%PDF-1.7 ..."
    assert stored["ContentType"] == "application/pdf"
# --8<-- [end:upload]


# --8<-- [start:pages]
def test_the_listing_reads_every_page(s3: Any) -> None:
    # 1001 objects would take seconds to make. A page of 2 shows the same thing:
    # ask the paginator for small pages, and three keys need two of them.
    for number in ("1", "2", "3"):
        file_invoice(s3, "dairy", number, b"%PDF")
    paginator = s3.get_paginator("list_objects_v2")
    pages = list(paginator.paginate(Bucket=BUCKET, PaginationConfig={"PageSize": 2}))

    assert [page["KeyCount"] for page in pages] == [2, 1]
    assert invoices_of(s3, "dairy") == [
        "invoices/dairy/1.pdf",
        "invoices/dairy/2.pdf",
        "invoices/dairy/3.pdf",
    ]
# --8<-- [end:pages]


# --8<-- [start:prefix]
def test_a_supplier_sees_only_its_own_invoices(s3: Any) -> None:
    file_invoice(s3, "bakery", "1", b"%PDF")
    # A prefix is plain text: "invoices/bakery" is also the start of this key.
    file_invoice(s3, "bakery-north", "7", b"%PDF")

    assert invoices_of(s3, "bakery") == ["invoices/bakery/1.pdf"]
# --8<-- [end:prefix]


# --8<-- [start:missing]
def test_s3_deletes_a_missing_key_without_a_word(s3: Any) -> None:
    answer = s3.delete_object(Bucket=BUCKET, Key="invoices/nobody/0.pdf")
    assert answer["ResponseMetadata"]["HTTPStatusCode"] == 204

    # Reading it is another matter: boto3 raises the service's error.
    with pytest.raises(s3.exceptions.NoSuchKey):
        s3.get_object(Bucket=BUCKET, Key="invoices/nobody/0.pdf")
# --8<-- [end:missing]
