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

MEMBER_DISCOUNT_PERCENT = 5
DELIVERY_CENTS = 495
FREE_DELIVERY_FROM = 5000


class EmptyBasket(ValueError):
    """There is nothing to pay for."""


@dataclass(frozen=True)
class Line:
    sku: str
    unit_price: int
    quantity: int


@dataclass(frozen=True)
class Customer:
    email: str
    member: bool = False


def goods_total(lines: list[Line], member: bool) -> int:
    goods = sum(line.unit_price * line.quantity for line in lines)
    if member:
        goods -= goods * MEMBER_DISCOUNT_PERCENT // 100
    return goods


def delivery_cost(goods: int) -> int:
    return 0 if goods >= FREE_DELIVERY_FROM else DELIVERY_CENTS


def format_euros(cents: int) -> str:
    return f"€{cents // 100}.{cents % 100:02d}"


def checkout(
    order_number: int,
    lines: list[Line],
    customer: Customer,
    gateway: PaymentGateway,
    mailer: Mailer,
) -> str:
    if not lines:
        raise EmptyBasket(f"order-{order_number} has nothing in it")
    goods = goods_total(lines, customer.member)
    total = goods + delivery_cost(goods)
    reference = f"order-{order_number}"
    charge_id = gateway.charge(total, reference)
    mailer.send(
        customer.email,
        f"Your receipt for {reference}",
        f"Thank you for shopping at Tessa's corner shop.\nYou paid {format_euros(total)}.\n",
    )
    return charge_id
