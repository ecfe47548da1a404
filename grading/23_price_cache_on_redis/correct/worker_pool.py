"""Supplier prices, cached in Redis and refreshed a few at a time.

Asking the supplier for a price is slow, and the shop asks for the same prices all day.
``PriceCache`` keeps them in Redis for a while, and refreshes many at once without
flooding the supplier. ``fetch`` is the shop's coroutine that asks the supplier for one
price; the cache never knows more about it. The rules:

* A price is kept under the key ``<prefix><sku>`` (the prefix is ``prices:`` unless the
  cache was made with another), as its number of cents written in decimal (``"120"``).
* ``await cache.price(sku)`` returns the price kept in Redis, when there is one, without
  calling ``fetch``.
* Otherwise it awaits ``fetch(sku)`` once, keeps the answer with an expiry of
  ``ttl_seconds`` (300 unless the cache was made with another), and returns it.
* ``await cache.forget(sku)`` removes the sku's price, and returns whether there was one.
* ``await cache.refresh(skus)`` asks ``fetch`` for every sku anew, even those kept in
  Redis, keeps each answer with the expiry, and returns ``{sku: price}``.
* ``refresh`` never has more than ``limit`` fetches running at the same time (4 unless
  the cache was made with another number).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

Fetch = Callable[[str], Awaitable[int]]


class PriceCache:
    """This version refreshes with a fixed pool of `limit` workers reading a queue, and
    writes a price and its expiry in one pipeline."""

    def __init__(
        self,
        redis: Any,
        fetch: Fetch,
        *,
        prefix: str = "prices:",
        ttl_seconds: int = 300,
        limit: int = 4,
    ) -> None:
        self._redis, self._fetch = redis, fetch
        self._prefix, self._ttl, self._limit = prefix, ttl_seconds, limit

    async def _keep(self, sku: str, cents: int) -> None:
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.set(self._prefix + sku, "%d" % cents)
            pipe.expire(self._prefix + sku, self._ttl)
            await pipe.execute()

    async def price(self, sku: str) -> int:
        kept = await self._redis.get(self._prefix + sku)
        if kept is None:
            fresh = await self._fetch(sku)
            await self._keep(sku, fresh)
            return fresh
        return int(kept)

    async def forget(self, sku: str) -> bool:
        removed = await self._redis.unlink(self._prefix + sku)
        return removed > 0

    async def refresh(self, skus: Iterable[str]) -> dict[str, int]:
        todo: asyncio.Queue[str] = asyncio.Queue()
        for sku in skus:
            todo.put_nowait(sku)
        found: dict[str, int] = {}

        async def worker() -> None:
            while not todo.empty():
                sku = todo.get_nowait()
                found[sku] = await self._fetch(sku)
                await self._keep(sku, found[sku])

        await asyncio.gather(*(worker() for _ in range(self._limit)))
        return found
