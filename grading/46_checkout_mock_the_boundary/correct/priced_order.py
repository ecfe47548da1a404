"""Paying for a basket online: the sums, the charge and the receipt.

The rules:

* The goods cost the sum of each line's unit price times its quantity; members of the
  loyalty club pay 5% less on the goods, the discount rounded down to whole cents.
* Delivery costs 495 cents, and is free when the goods come to 5000 cents or more after
  the members' discount.
* The total (goods after the discount, plus delivery) is charged once through
  ``gateway.charge(amount, reference)``, with the reference ``order-<number>``.
* Then a receipt goes through ``mailer.send(to, subject, body)``: to the customer's
  e-mail, with the subject ``Your receipt for order-<number>``, and a body that gives the
  total as ``€12.50``.
* ``checkout`` returns the gateway's charge id.
* When the card is declined, ``CardDeclined`` reaches the caller and no receipt is sent.
* An empty basket raises ``EmptyBasket`` before anything is charged.
"""

from __future__ import annotations

from dataclasses import dataclass

from services import Mailer, PaymentGateway


class EmptyBasket(ValueError):
    pass


@dataclass(frozen=True)
class Line:
    sku: str
    unit_price: int
    quantity: int


@dataclass(frozen=True)
class Customer:
    email: str
    member: bool = False


@dataclass(frozen=True)
class PricedOrder:
    reference: str
    goods: int
    delivery: int

    @property
    def total(self) -> int:
        return self.goods + self.delivery


def price(order_number: int, lines: list[Line], member: bool) -> PricedOrder:
    full = sum(line.unit_price * line.quantity for line in lines)
    goods = full * 95 // 100 if member else full
    # full * 95 // 100 rounds the price down, that is the discount up: correct that.
    if member and full * 95 % 100:
        goods += 1
    return PricedOrder(f"order-{order_number}", goods, 0 if goods >= 5000 else 495)


def checkout(
    order_number: int,
    lines: list[Line],
    customer: Customer,
    gateway: PaymentGateway,
    mailer: Mailer,
) -> str:
    if not lines:
        raise EmptyBasket(order_number)
    order = price(order_number, lines, customer.member)
    charged = gateway.charge(order.total, order.reference)
    total = f"€{order.total / 100:.2f}"
    mailer.send(
        customer.email,
        "Your receipt for " + order.reference,
        f"Order {order.reference}\nGoods {order.goods} cents, delivery {order.delivery} cents"
        f"\nTotal {total}\n",
    )
    return charged
