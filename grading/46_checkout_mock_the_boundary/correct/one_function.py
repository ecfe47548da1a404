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


def checkout(
    order_number: int,
    lines: list[Line],
    customer: Customer,
    gateway: PaymentGateway,
    mailer: Mailer,
) -> str:
    """Everything in one place, with the amounts worked out inline."""
    if len(lines) == 0:
        raise EmptyBasket("an empty basket cannot be paid for")
    goods = 0
    for line in lines:
        goods += line.unit_price * line.quantity
    if customer.member:
        goods = goods - (goods * 5) // 100
    if goods < 5000:
        goods_and_delivery = goods + 495
    else:
        goods_and_delivery = goods
    euros, cents = divmod(goods_and_delivery, 100)
    charge_id = gateway.charge(reference=f"order-{order_number}", amount=goods_and_delivery)
    mailer.send(
        to=customer.email,
        subject=f"Your receipt for order-{order_number}",
        body=f"Total charged: €{euros}.{cents:02}\nSee you soon!",
    )
    return charge_id
