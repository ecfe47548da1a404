"""The loyalty points of Tessa's corner shop (another correct version).

Points change through UPDATE statements, top_customers breaks ties by the newest id, and
the messages are worded otherwise.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from models import Customer


class DuplicateEmail(Exception):
    """Taken."""


class UnknownCustomer(LookupError):
    """Nobody."""


class NotEnoughPoints(Exception):
    """Too few."""


def register(session: Session, email: str, name: str) -> Customer:
    normal = email.lower().strip()
    existing = session.execute(select(Customer.id).where(Customer.email == normal)).first()
    if existing:
        raise DuplicateEmail(normal)
    new = Customer(email=normal, name=name, points=0)
    session.add(new)
    session.commit()
    return new


def _balance(session: Session, customer_id: int) -> int:
    balance = session.scalar(select(Customer.points).where(Customer.id == customer_id))
    if balance is None:
        raise UnknownCustomer(customer_id)
    return balance


def _valid(points: object) -> None:
    if isinstance(points, bool) or not isinstance(points, int) or points < 1:
        raise ValueError(points)


def _change(session: Session, customer_id: int, by: int) -> int:
    session.execute(
        update(Customer)
        .where(Customer.id == customer_id)
        .values(points=Customer.points + by)
        .execution_options(synchronize_session="fetch")
    )
    session.commit()
    return _balance(session, customer_id)


def award(session: Session, customer_id: int, points: int) -> int:
    _valid(points)
    _balance(session, customer_id)
    return _change(session, customer_id, points)


def redeem(session: Session, customer_id: int, points: int) -> int:
    _valid(points)
    if _balance(session, customer_id) < points:
        raise NotEnoughPoints(f"{customer_id}")
    return _change(session, customer_id, -points)


def top_customers(session: Session, limit: int = 3) -> list[Customer]:
    query = select(Customer).order_by(Customer.points.desc(), Customer.id.desc())
    return list(session.scalars(query.limit(limit)))
