"""A demo, not collected: a check of an error that any error satisfies."""

import pytest

from vouchers import VoucherBook


# --8<-- [start:wrong]
def test_a_voucher_cannot_be_spent_twice() -> None:
    book = VoucherBook({"V-100": 100})
    book.spend("V-100")
    with pytest.raises(Exception):
        book.spend(code="V-100", twice=True)  # a TypeError: the test still passes
# --8<-- [end:wrong]
