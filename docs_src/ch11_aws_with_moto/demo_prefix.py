"""The first version of invoices_of, under the same test: not collected by default."""

from __future__ import annotations

from typing import Any

from invoices import file_invoice, invoices_of_first_try


def test_a_supplier_sees_only_its_own_invoices(s3: Any) -> None:
    file_invoice(s3, "bakery", "1", b"%PDF")
    file_invoice(s3, "bakery-north", "7", b"%PDF")

    assert invoices_of_first_try(s3, "bakery") == ["invoices/bakery/1.pdf"]
