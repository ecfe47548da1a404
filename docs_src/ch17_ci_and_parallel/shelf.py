"""The stock room's shelf: how many of each SKU the shop has, in its database."""

from __future__ import annotations

from sqlalchemy import Column, Connection, Integer, MetaData, String, Table, select

metadata = MetaData()
stock = Table(
    "stock",
    metadata,
    Column("sku", String(40), primary_key=True),
    Column("quantity", Integer, nullable=False),
)


def receive(connection: Connection, sku: str, quantity: int) -> int:
    """Add ``quantity`` of ``sku`` to the shelf; return the new count."""
    have = count(connection, sku)
    if have:
        connection.execute(
            stock.update().where(stock.c.sku == sku).values(quantity=have + quantity)
        )
    else:
        connection.execute(stock.insert().values(sku=sku, quantity=quantity))
    return have + quantity


def count(connection: Connection, sku: str) -> int:
    """How many of ``sku`` are on the shelf (0 for a SKU never received)."""
    found = connection.scalar(select(stock.c.quantity).where(stock.c.sku == sku))
    return found or 0
