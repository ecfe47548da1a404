"""The loyalty rule tested with data built by hand: it works, but look at the noise."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from loyalty import discount_percent
from models import Customer, Order, OrderItem, OrderStatus


# --8<-- [start:by-hand]
def test_three_shipped_orders_make_a_regular(db_session: Session) -> None:
    customer = Customer(name="Ana Lima", email="ana@example.com")
    for day in (3, 10, 17):
        order = Order(
            customer=customer,
            status=OrderStatus.SHIPPED,
            placed_at=datetime(2026, 2, day, 9, 30),
            shipped_at=datetime(2026, 2, day + 1, 14, 0),
        )
        order.items.append(OrderItem(product="tea", unit_price=350, quantity=2))
    db_session.add(customer)
    db_session.flush()

    assert discount_percent(customer) == 5
# --8<-- [end:by-hand]
