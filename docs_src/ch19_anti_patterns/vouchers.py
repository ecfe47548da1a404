"""Loyalty vouchers: a code is worth 100 cents per 100 points, and can be spent once."""

from __future__ import annotations


class VoucherError(Exception):
    """The voucher cannot be used."""


class UnknownVoucher(VoucherError):
    """No voucher has that code."""


class VoucherSpent(VoucherError):
    """The voucher was used already."""


class VoucherBook:
    def __init__(self, vouchers: dict[str, int]) -> None:
        self._value = dict(vouchers)
        self._spent: set[str] = set()

    def spend(self, code: str) -> int:
        """Mark the voucher as spent and return its value in cents."""
        if code not in self._value:
            raise UnknownVoucher(f"no voucher {code}")
        if code in self._spent:
            raise VoucherSpent(f"voucher {code} was spent already")
        self._spent.add(code)
        return self._value[code]
