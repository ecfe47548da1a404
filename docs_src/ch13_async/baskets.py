"""Customers' baskets, kept in Redis between visits to the shop's website."""

from __future__ import annotations

import json
from typing import Any

DAY = 24 * 60 * 60


class BasketStore:
    def __init__(self, redis: Any, prefix: str = "basket:") -> None:
        self.redis = redis
        self.prefix = prefix

    async def save(self, customer_id: int, lines: dict[str, int]) -> None:
        await self.redis.set(f"{self.prefix}{customer_id}", json.dumps(lines), ex=DAY)

    async def load(self, customer_id: int) -> dict[str, int]:
        kept = await self.redis.get(f"{self.prefix}{customer_id}")
        return {} if kept is None else json.loads(kept)
