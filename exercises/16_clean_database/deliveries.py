"""Recording what the suppliers deliver. This file is locked: do not edit it.

Like the rest of the shop's code, each function commits its work.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Delivery, Supplier


def add_supplier(session: Session, name: str) -> Supplier:
    supplier = Supplier(name=name)
    session.add(supplier)
    session.commit()
    return supplier


def receive(session: Session, supplier: Supplier, sku: str, quantity: int) -> int:
    """Record a delivery; return how many of ``sku`` have been delivered in all."""
    if quantity < 1:
        raise ValueError("a delivery brings at least one item")
    session.add(Delivery(supplier_id=supplier.id, sku=sku, quantity=quantity))
    session.commit()
    delivered = select(func.sum(Delivery.quantity)).where(Delivery.sku == sku)
    return session.scalar(delivered) or 0
