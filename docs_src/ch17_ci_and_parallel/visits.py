"""How often each product page was viewed today, counted in Redis."""

from __future__ import annotations

from redis import Redis


class VisitCounter:
    def __init__(self, redis: Redis, prefix: str = "") -> None:
        self.redis = redis
        self.prefix = prefix  # every key starts with it

    def seen(self, sku: str) -> int:
        """Count one more view of ``sku``'s page; return the views so far."""
        return int(self.redis.incr(f"{self.prefix}visits:{sku}"))
