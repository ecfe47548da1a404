import pytest

from vouchers import UnknownVoucher, VoucherBook, VoucherSpent


@pytest.fixture
def book() -> VoucherBook:
    return VoucherBook({"V-100": 100})


# --8<-- [start:right]
def test_a_voucher_cannot_be_spent_twice(book: VoucherBook) -> None:
    book.spend("V-100")

    with pytest.raises(VoucherSpent, match="V-100"):
        book.spend("V-100")


def test_an_unknown_code_is_refused_by_name(book: VoucherBook) -> None:
    with pytest.raises(UnknownVoucher, match="V-999"):
        book.spend("V-999")
# --8<-- [end:right]
