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
from datetime import date


class RefundError(Exception):
    """Base of the refund desk's errors."""


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


def _window_closed(receipt: Receipt, today: date) -> bool:
    return (today - receipt.bought_on).days > 30


class RefundDesk:
    def __init__(self, receipts: dict[str, Receipt]) -> None:
        self.receipts = receipts

    def refund(self, receipt_id: str, cents: int, today: date) -> int:
        if receipt_id not in self.receipts:
            raise UnknownReceipt(receipt_id)
        receipt = self.receipts[receipt_id]
        if _window_closed(receipt, today):
            last = date.fromordinal(receipt.bought_on.toordinal() + 30)
            raise RefundWindowClosed(f"Refunds on {receipt_id} ended on {last.isoformat()}.")
        if not isinstance(cents, int) or cents < 1:
            raise ValueError(cents)
        remaining = receipt.total - receipt.refunded
        if remaining < cents:
            raise RefundTooLarge(f"Refund of {cents} refused: {remaining} left on {receipt_id}.")
        receipt.refunded = receipt.refunded + cents
        return receipt.total - receipt.refunded
