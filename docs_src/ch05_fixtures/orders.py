"""Orders at Tessa's corner shop.

* A ``Customer`` has a name and an e-mail address, and may be a member of
  the loyalty club.
* An ``Order`` is a customer and lines of ``(sku, unit_price, quantity)``.
  Its number comes from the shop's counter, ``next_order_number()``, which
  starts at 1. Members pay 5% less on the goods, rounded down to whole
  cents.
* An ``OrderBook`` keeps orders in a file, one JSON object a line. Open it
  with ``OrderBook.open(path)`` and ``close()`` it when done; a closed book
  refuses orders.
* ``order_book_path()`` is where the shop keeps its order book: the
  folder named by the environment variable ``SHOP_DATA``, or
  ``~/.shop`` when it is not set.
* ``OrderBook.add`` logs each order it writes (logger ``shop.orders``, at
  INFO), and logs a WARNING for an order of more than 100 000 cents,
  which the shop checks by hand.
* ``print_receipt(order)`` prints the order's receipt on the till's
  screen (standard output): one line per item, then the total.
* ``load_price_list()`` reads the wholesaler's price list, in cents per
  SKU. It is slow (it comes from another system), so
  ``price_list_loads()`` counts its runs.
"""

from __future__ import annotations

import itertools
import json
import logging
import os
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

MEMBER_DISCOUNT_PERCENT = 5
LARGE_ORDER_CENTS = 100_000

log = logging.getLogger("shop.orders")

_numbers = itertools.count(1)


def next_order_number() -> int:
    return next(_numbers)


def reset_order_numbers() -> None:
    """Start numbering from 1 again (the shop does it every New Year)."""
    global _numbers
    _numbers = itertools.count(1)


@dataclass(frozen=True)
class Customer:
    name: str
    email: str
    member: bool = False


@dataclass
class Order:
    customer: Customer
    lines: list[tuple[str, int, int]] = field(default_factory=list)
    number: int = field(default_factory=next_order_number)

    def goods(self) -> int:
        return sum(price * quantity for _, price, quantity in self.lines)

    def total(self) -> int:
        goods = self.goods()
        if self.customer.member:
            goods -= goods * MEMBER_DISCOUNT_PERCENT // 100
        return goods


class OrderBook:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.closed = False
        self._file = path.open("a", encoding="utf-8")

    def __repr__(self) -> str:
        return f"OrderBook({self.path.name!r})"

    @classmethod
    def open(cls, path: Path) -> OrderBook:
        return cls(path)

    def add(self, order: Order) -> None:
        if self.closed:
            raise ValueError("the order book is closed")
        record = {
            "number": order.number,
            "email": order.customer.email,
            "total": order.total(),
        }
        self._file.write(json.dumps(record) + "\n")
        self._file.flush()
        log.info("order %d written to %s", order.number, self.path.name)
        if record["total"] > LARGE_ORDER_CENTS:
            log.warning(
                "order %d is large (%d cents): check it by hand",
                order.number,
                record["total"],
            )

    def close(self) -> None:
        self._file.close()
        self.closed = True


def order_book_path() -> Path:
    folder = os.environ.get("SHOP_DATA", "~/.shop")
    return Path(folder).expanduser() / "orders.jsonl"


def print_receipt(order: Order) -> None:
    for sku, price, quantity in order.lines:
        print(f"{quantity} x {sku:<8} {price * quantity:>6}")
    print(f"{'TOTAL':<12} {order.total():>6}")


_price_list_loads = 0


def load_price_list() -> Mapping[str, int]:
    """The price of each SKU in cents, VAT included, read-only."""
    global _price_list_loads
    _price_list_loads += 1
    time.sleep(0.1)  # the wholesaler's system is never quick
    return MappingProxyType({"MILK": 109, "BREAD": 420, "EGGS": 289, "TEA": 350})


def price_list_loads() -> int:
    return _price_list_loads
