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

from transport import HttpTransport, Response


class SupplierError(Exception):
    """The supplier's API did not give the stock levels."""


class SupplierUnavailable(SupplierError):
    """The API kept answering with server errors."""


class UnknownWarehouse(SupplierError):
    """The supplier has no warehouse by that name."""


WAITS = (0.5, 1.0)  # before the second and the third attempt


class SupplierClient:
    """This version lists its waits up front and passes the path by keyword."""

    def __init__(
        self,
        transport: HttpTransport,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    ) -> None:
        self._transport = transport
        self._sleep = sleep

    async def _ask(self, path: str) -> Response:
        response = await self._transport.get(path=path)
        for wait in WAITS:
            if response.status < 500:
                return response
            await self._sleep(wait)
            response = await self._transport.get(path=path)
        if response.status >= 500:
            raise SupplierUnavailable(f"status {response.status}; gave up")
        return response

    async def stock_levels(self, warehouse: str) -> dict[str, int]:
        response = await self._ask(f"/warehouses/{warehouse}/stock")
        if response.status == 200:
            levels = {}
            for item in (await response.json())["items"]:
                levels[item["sku"]] = item["quantity"]
            return levels
        if response.status == 404:
            raise UnknownWarehouse(warehouse)
        raise SupplierError(f"HTTP {response.status}")
