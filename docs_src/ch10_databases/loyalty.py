"""Signing customers up for the loyalty card, and stamping it. Each function commits."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Customer, Stamp


def sign_up(session: Session, email: str, name: str) -> Customer:
    customer = Customer(email=email.strip().lower(), name=name)
    session.add(customer)
    session.commit()  # the shop's code commits: the tests must cope with that
    return customer


def stamp(session: Session, customer: Customer, reason: str) -> int:
    """Add a stamp; return how many the customer has now."""
    session.add(Stamp(customer_id=customer.id, reason=reason))
    session.commit()
    return session.scalar(
        select(func.count()).select_from(Stamp).where(Stamp.customer_id == customer.id)
    ) or 0
