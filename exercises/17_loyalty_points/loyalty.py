"""The loyalty points of Tessa's corner shop. This file is locked: do not edit it.

* ``register(session, email, name)`` adds a customer with 0 points and returns it; the
  e-mail is stored without surrounding spaces and in lower case.
* Registering an e-mail that is already registered, in any mix of cases, raises
  ``DuplicateEmail`` and adds nobody.
* ``award(session, customer_id, points)`` adds points and returns the new balance.
* ``award`` and ``redeem`` take a whole number of points of at least 1, or raise
  ``ValueError``; for an id that no customer has they raise ``UnknownCustomer``. (When
  both are wrong, which of the two errors comes first is not promised.)
* ``redeem(session, customer_id, points)`` takes points off and returns the new balance.
  A customer may redeem every point they have, but not more: asking for more raises
  ``NotEnoughPoints`` and leaves the balance as it was.
* Every function that changes something commits before it returns: a rollback of the
  session afterwards does not undo it.
* ``top_customers(session, limit=3)`` returns the customers with the most points, most
  first, at most ``limit`` of them; customers with equal points come in any order.
* The message of ``DuplicateEmail`` names the e-mail as it is stored; the messages of
  ``UnknownCustomer`` and ``NotEnoughPoints`` name the customer's id.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Customer


class DuplicateEmail(Exception):
    """Somebody registered with this e-mail address already."""


class UnknownCustomer(LookupError):
    """No customer has this id."""


class NotEnoughPoints(Exception):
    """The customer asked to redeem more points than they have."""


def register(session: Session, email: str, name: str) -> Customer:
    email = email.strip().lower()
    if session.scalar(select(Customer).where(Customer.email == email)) is not None:
        raise DuplicateEmail(f"{email} is registered already")
    customer = Customer(email=email, name=name, points=0)
    session.add(customer)
    session.commit()
    return customer


def _check_points(points: int) -> None:
    if not isinstance(points, int) or isinstance(points, bool) or points < 1:
        raise ValueError(f"points must be a whole number of at least 1, not {points!r}")


def _customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise UnknownCustomer(f"no customer has the id {customer_id}")
    return customer


def award(session: Session, customer_id: int, points: int) -> int:
    _check_points(points)
    customer = _customer(session, customer_id)
    customer.points += points
    session.commit()
    return customer.points


def redeem(session: Session, customer_id: int, points: int) -> int:
    _check_points(points)
    customer = _customer(session, customer_id)
    if points > customer.points:
        raise NotEnoughPoints(
            f"customer {customer_id} has {customer.points} points, not {points}"
        )
    customer.points -= points
    session.commit()
    return customer.points


def top_customers(session: Session, limit: int = 3) -> list[Customer]:
    query = select(Customer).order_by(Customer.points.desc(), Customer.id).limit(limit)
    return list(session.scalars(query))
