"""Tests for price_cache.py on Redis: fakeredis by default, a real server with REDIS_URL.

The supplier is an AsyncMock (or, for the concurrency test, a coroutine of our own that
waits on an event), so the tests control when each fetch ends: no sleeping, no timing.
"""

from __future__ import annotations

import asyncio
from typing import Any
from unittest.mock import AsyncMock, call

import pytest
import pytest_asyncio

from price_cache import PriceCache

pytestmark = pytest.mark.asyncio

PRICES = {"APPLE": 120, "PEAR": 90, "LEEK": 150, "MILK": 99, "BREAD": 250}


@pytest.fixture
def fetch() -> AsyncMock:
    """The supplier: answers from PRICES, and records every sku it was asked for."""
    return AsyncMock(side_effect=PRICES.__getitem__)


@pytest.fixture
def prefix(namespace: str) -> str:
    return f"{namespace}prices:"


@pytest.fixture
def cache(redis_client: Any, fetch: AsyncMock, prefix: str) -> PriceCache:
    return PriceCache(redis_client, fetch, prefix=prefix, ttl_seconds=300, limit=2)


@pytest_asyncio.fixture
async def apple_already_kept(redis_client: Any, prefix: str) -> None:
    """An apple price put in Redis beforehand, as an earlier request would have left it.
    Async because writing to Redis is a coroutine."""
    await redis_client.set(f"{prefix}APPLE", "110", ex=60)


async def test_a_price_is_fetched_once_and_kept_in_cents_with_an_expiry(
    cache: PriceCache, fetch: AsyncMock, redis_client: Any, prefix: str
) -> None:
    assert await cache.price("PEAR") == 90
    assert await cache.price("PEAR") == 90

    fetch.assert_awaited_once_with("PEAR")
    assert await redis_client.get(f"{prefix}PEAR") == "90"
    assert 0 < await redis_client.ttl(f"{prefix}PEAR") <= 300


@pytest.mark.usefixtures("apple_already_kept")
async def test_a_kept_price_is_used_and_refresh_asks_anew(
    cache: PriceCache, fetch: AsyncMock, redis_client: Any, prefix: str
) -> None:
    assert await cache.price("APPLE") == 110
    fetch.assert_not_awaited()

    assert await cache.refresh(["APPLE", "LEEK"]) == {"APPLE": 120, "LEEK": 150}

    fetch.assert_has_awaits([call("APPLE"), call("LEEK")], any_order=True)
    assert await redis_client.get(f"{prefix}APPLE") == "120"
    assert 0 < await redis_client.ttl(f"{prefix}LEEK") <= 300


@pytest.mark.usefixtures("apple_already_kept")
async def test_forget_says_whether_there_was_a_price(cache: PriceCache) -> None:
    assert await cache.forget("APPLE") is True
    assert await cache.forget("APPLE") is False


async def test_refresh_never_runs_more_fetches_than_the_limit(
    redis_client: Any, prefix: str
) -> None:
    running = 0
    most = 0
    two_running = asyncio.Event()
    go_on = asyncio.Event()

    async def supplier(sku: str) -> int:
        nonlocal running, most
        running += 1
        most = max(most, running)
        if running == 2:
            two_running.set()
        await go_on.wait()  # every fetch holds its slot until the test says go
        running -= 1
        return PRICES[sku]

    cache = PriceCache(redis_client, supplier, prefix=prefix, limit=2)
    refreshing = asyncio.create_task(cache.refresh(list(PRICES)))

    # The timeout only matters if the cache never runs two at once: the test then fails
    # instead of hanging.
    await asyncio.wait_for(two_running.wait(), timeout=2)
    for _ in range(10):
        await asyncio.sleep(0)  # not a wait: lets every task that can start, start
    assert running == 2

    go_on.set()
    assert await refreshing == PRICES
    assert most == 2
