"""Supplier invoices of Tessa's corner shop, filed as PDF files in S3."""

from __future__ import annotations

from typing import Any

BUCKET = "tessas-corner-invoices"


def file_invoice(s3: Any, supplier: str, number: str, pdf: bytes) -> str:
    """Store one invoice and return its key."""
    key = f"invoices/{supplier}/{number}.pdf"
    s3.put_object(Bucket=BUCKET, Key=key, Body=pdf, ContentType="application/pdf")
    return key


def invoices_of(s3: Any, supplier: str) -> list[str]:
    """Every invoice key of one supplier, however many pages the listing takes."""
    pages = s3.get_paginator("list_objects_v2").paginate(
        Bucket=BUCKET, Prefix=f"invoices/{supplier}/"
    )
    return [item["Key"] for page in pages for item in page.get("Contents", [])]


def invoices_of_first_try(s3: Any, supplier: str) -> list[str]:
    """The first version: one request, and a prefix without its closing slash."""
    answer = s3.list_objects_v2(Bucket=BUCKET, Prefix=f"invoices/{supplier}")
    return [item["Key"] for item in answer.get("Contents", [])]
