"""The shop's database tables, mapped with SQLAlchemy. Do not change this file.

* A customer has a name and an e-mail address; no two customers share an address
  (the database refuses a second row with the same one).
* An order belongs to one customer and records when it was placed. A new order is
  pending until it is paid, then shipped; it may be cancelled instead.
* An order holds lines: a product, its unit price in whole cents, and a quantity.
"""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    """Every table of the shop; ``Base.metadata.create_all(engine)`` makes them all."""


class OrderStatus(enum.Enum):
    PENDING = "pending"
    PAID = "paid"
    SHIPPED = "shipped"
    CANCELLED = "cancelled"


class Customer(Base):
    __tablename__ = "customer"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    email: Mapped[str] = mapped_column(String(254), unique=True)

    orders: Mapped[list[Order]] = relationship(back_populates="customer", order_by="Order.id")


class Order(Base):
    __tablename__ = "shop_order"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    status: Mapped[OrderStatus] = mapped_column(default=OrderStatus.PENDING)
    placed_at: Mapped[datetime]

    customer: Mapped[Customer] = relationship(back_populates="orders")
    lines: Mapped[list[OrderItem]] = relationship(back_populates="order", order_by="OrderItem.id")


class OrderItem(Base):
    __tablename__ = "order_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("shop_order.id"))
    product: Mapped[str] = mapped_column(String(80))
    unit_price: Mapped[int]
    quantity: Mapped[int]

    order: Mapped[Order] = relationship(back_populates="lines")
