"""Asking the supplier for more when a shelf runs low (asynchronous)."""

from __future__ import annotations

LOW_STOCK = 5
REORDER_QUANTITY = 24


class SupplierClient:
    """The supplier's HTTP API; every call is a coroutine that goes over the network."""

    async def post(self, path: str, payload: dict[str, object]) -> int:
        raise ConnectionError(f"a test reached the supplier: POST {path}")


async def restock_if_low(client: SupplierClient, sku: str, left: int) -> bool:
    """Order ``REORDER_QUANTITY`` more of ``sku`` when fewer than ``LOW_STOCK`` are left."""
    if left >= LOW_STOCK:
        return False
    await client.post("/reorders", {"sku": sku, "quantity": REORDER_QUANTITY})
    return True
