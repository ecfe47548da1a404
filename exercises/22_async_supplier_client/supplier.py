"""Stock levels at the shop's supplier, asked over its HTTP API.

Tessa's corner shop orders from a wholesaler whose API is often busy. The rules:

* ``stock_levels(warehouse)`` asks ``GET /warehouses/<warehouse>/stock`` and returns
  ``{sku: quantity}`` from the ``items`` of the JSON answer.
* An answer with a 5xx status (the supplier's own trouble) is retried: the API is asked
  at most 3 times in all. Any other status is never retried.
* Between two attempts the client waits, through the ``sleep`` it was given (awaited):
  0.5 seconds before the second attempt, 1 second before the third. It never waits
  after the last attempt.
* After three 5xx answers, ``SupplierUnavailable`` is raised; its message holds the last
  status.
* A 404 answer raises ``UnknownWarehouse``, whose message names the warehouse.
* Any other status but 200 raises ``SupplierError`` (of which both errors above are kinds).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from transport import HttpTransport

ATTEMPTS = 3
FIRST_WAIT_SECONDS = 0.5


class SupplierError(Exception):
    """The supplier's API did not give the stock levels."""


class SupplierUnavailable(SupplierError):
    """The API kept answering with server errors."""


class UnknownWarehouse(SupplierError):
    """The supplier has no warehouse by that name."""


class SupplierClient:
    def __init__(
        self,
        transport: HttpTransport,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    ) -> None:
        self.transport = transport
        self.sleep = sleep

    async def stock_levels(self, warehouse: str) -> dict[str, int]:
        path = f"/warehouses/{warehouse}/stock"
        for attempt in range(1, ATTEMPTS + 1):
            response = await self.transport.get(path)
            if response.status < 500:
                break
            if attempt < ATTEMPTS:
                await self.sleep(FIRST_WAIT_SECONDS * 2 ** (attempt - 1))
        else:
            raise SupplierUnavailable(
                f"the supplier answered {response.status} {ATTEMPTS} times for {path}"
            )
        if response.status == 404:
            raise UnknownWarehouse(f"the supplier has no warehouse {warehouse!r}")
        if response.status != 200:
            raise SupplierError(f"unexpected status {response.status} for {path}")
        body = await response.json()
        return {item["sku"]: item["quantity"] for item in body["items"]}
