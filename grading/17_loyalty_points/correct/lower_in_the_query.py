"""The loyalty points of Tessa's corner shop (another correct version).

Duplicates are found with lower() in SQL, the points are checked after the customer is
found, the tie order of top_customers is by name, and the messages are worded otherwise.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Customer


class DuplicateEmail(Exception):
    pass


class UnknownCustomer(LookupError):
    pass


class NotEnoughPoints(Exception):
    pass


def register(session: Session, email: str, name: str) -> Customer:
    cleaned = email.strip()
    taken = select(func.count()).where(func.lower(Customer.email) == cleaned.lower())
    if session.scalar(taken):
        raise DuplicateEmail(f"Already registered: {cleaned.lower()}.")
    customer = Customer(name=name, email=cleaned.lower())
    customer.points = 0
    session.add(customer)
    session.commit()
    return customer


def _find(session: Session, customer_id: int) -> Customer:
    found = session.scalars(select(Customer).where(Customer.id == customer_id)).first()
    if not found:
        raise UnknownCustomer(f"Customer #{customer_id} does not exist.")
    return found


def _whole_positive(points: object) -> int:
    if type(points) is not int or points <= 0:
        raise ValueError("Give a positive whole number of points.")
    return points


def award(session: Session, customer_id: int, points: int) -> int:
    customer = _find(session, customer_id)
    customer.points = customer.points + _whole_positive(points)
    session.commit()
    return customer.points


def redeem(session: Session, customer_id: int, points: int) -> int:
    customer = _find(session, customer_id)
    wanted = _whole_positive(points)
    balance = customer.points
    if balance - wanted < 0:
        raise NotEnoughPoints(f"Customer #{customer_id}: {wanted} asked, {balance} held.")
    customer.points = balance - wanted
    session.commit()
    return customer.points


def top_customers(session: Session, limit: int = 3) -> list[Customer]:
    everyone = session.scalars(select(Customer).order_by(Customer.name)).all()
    ranked = sorted(everyone, key=lambda c: c.points, reverse=True)
    return ranked[:limit]
