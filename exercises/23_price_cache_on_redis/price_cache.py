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
    def __init__(
        self,
        redis: Any,
        fetch: Fetch,
        *,
        prefix: str = "prices:",
        ttl_seconds: int = 300,
        limit: int = 4,
    ) -> None:
        self.redis = redis
        self.fetch = fetch
        self.prefix = prefix
        self.ttl_seconds = ttl_seconds
        self.limit = limit

    def _key(self, sku: str) -> str:
        return f"{self.prefix}{sku}"

    async def _keep(self, sku: str, cents: int) -> None:
        await self.redis.set(self._key(sku), str(cents), ex=self.ttl_seconds)

    async def price(self, sku: str) -> int:
        kept = await self.redis.get(self._key(sku))
        if kept is not None:
            return int(kept)
        cents = await self.fetch(sku)
        await self._keep(sku, cents)
        return cents

    async def forget(self, sku: str) -> bool:
        return await self.redis.delete(self._key(sku)) == 1

    async def refresh(self, skus: Iterable[str]) -> dict[str, int]:
        slots = asyncio.Semaphore(self.limit)

        async def one(sku: str) -> tuple[str, int]:
            async with slots:
                cents = await self.fetch(sku)
            await self._keep(sku, cents)
            return sku, cents

        return dict(await asyncio.gather(*(one(sku) for sku in skus)))
