"""The shop's orders as the database keeps them. Do not change this file.

* Every customer has a unique e-mail address.
* An order is pending until the shop ships it (``shipped_at`` says when) or
  cancels it; a cancelled or pending order has no ``shipped_at``.
* An order's lines keep the price the customer paid: ``line_total`` is stored,
  and must be ``unit_price * quantity`` in whole cents.
"""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    """All of the shop's tables."""


class OrderStatus(enum.Enum):
    PENDING = "pending"
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
    shipped_at: Mapped[datetime | None]

    customer: Mapped[Customer] = relationship(back_populates="orders")
    lines: Mapped[list[OrderLine]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="OrderLine.id"
    )

    @property
    def total(self) -> int:
        """What the customer pays for the order, in cents."""
        return sum(line.line_total for line in self.lines)


class OrderLine(Base):
    __tablename__ = "order_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("shop_order.id"))
    product: Mapped[str] = mapped_column(String(80))
    unit_price: Mapped[int]
    quantity: Mapped[int]
    line_total: Mapped[int]

    order: Mapped[Order] = relationship(back_populates="lines")
