"""An async Redis client for the examples: fakeredis unless REDIS_URL names a server."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator

import fakeredis
import pytest
import pytest_asyncio
import redis.asyncio

# --8<-- [start:redis]
# Drawn once per test process: two runs on one server never share a key.
NAMESPACE = f"test-{uuid.uuid4().hex[:12]}:"


@pytest.fixture
def namespace() -> str:
    return NAMESPACE


@pytest_asyncio.fixture
async def redis_client() -> AsyncIterator[redis.asyncio.Redis]:
    """A real server when REDIS_URL says so, else an in-memory fake; emptied and closed."""
    url = os.environ.get("REDIS_URL")
    if url:
        client = redis.asyncio.Redis.from_url(url, decode_responses=True)
    else:
        client = fakeredis.FakeAsyncRedis(server=fakeredis.FakeServer(), decode_responses=True)
    try:
        yield client
    finally:
        ours = [key async for key in client.scan_iter(match=f"{NAMESPACE}*")]
        if ours:
            await client.delete(*ours)
        await client.aclose()
# --8<-- [end:redis]
