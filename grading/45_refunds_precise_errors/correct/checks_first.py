"""Refunds at the counter, against the shop's receipts.

A customer brings something back with the receipt, and Tessa pays back part or all of
what it cost. The rules:

* ``desk.refund(receipt_id, cents, today)`` pays back ``cents`` on the receipt and returns
  how many cents of the receipt can still be refunded.
* A receipt the desk does not know raises ``UnknownReceipt``, whose message names the
  receipt.
* ``cents`` must be a whole number of at least 1, or ``ValueError`` is raised.
* A receipt can be refunded until 30 days after the day of purchase, that day included;
  later, ``RefundWindowClosed`` is raised, whose message gives the last day, as
  ``2026-05-31``.
* Refunding more than what is left of the receipt raises ``RefundTooLarge``, whose message
  gives the cents that can still be refunded.
* ``UnknownReceipt``, ``RefundWindowClosed`` and ``RefundTooLarge`` are kinds of
  ``RefundError``. A refused refund leaves the receipt as it was.

``today`` is passed in, so that a test decides which day it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta


class RefundError(Exception):
    pass


class UnknownReceipt(RefundError):
    pass


class RefundWindowClosed(RefundError):
    pass


class RefundTooLarge(RefundError):
    pass


@dataclass
class Receipt:
    total: int
    bought_on: date
    refunded: int = 0

    @property
    def left(self) -> int:
        return self.total - self.refunded


class RefundDesk:
    """Checks the amount before it looks the receipt up."""

    def __init__(self, receipts: dict[str, Receipt]) -> None:
        self.receipts = receipts

    def refund(self, receipt_id: str, cents: int, today: date) -> int:
        if type(cents) is not int or cents <= 0:
            raise ValueError("refunds are whole cents, one or more")
        try:
            receipt = self.receipts[receipt_id]
        except KeyError:
            raise UnknownReceipt(f"{receipt_id!r} is not one of our receipts") from None
        if cents > receipt.left:
            raise RefundTooLarge(f"asked for {cents}, but {receipt.left} is all that is left")
        closes = receipt.bought_on + timedelta(days=30)
        if today > closes:
            raise RefundWindowClosed(f"too late: the last day was {closes:%Y-%m-%d}")
        receipt.refunded += cents
        return receipt.left
