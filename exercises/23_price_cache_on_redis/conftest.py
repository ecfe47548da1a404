"""Given for every test in this folder. This file is locked: do not edit it.

`redis` is fakeredis, in memory, unless REDIS_URL names a real server (for example
redis://127.0.0.1:6379/0): then the same tests run against it. Either way every key a
test writes must start with `namespace`, a prefix drawn at random for each test process,
so that runs side by side on one server (yours, a colleague's, the checker's) never
touch each other's keys. What is left under it is deleted after each test.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator

import fakeredis
import pytest
import pytest_asyncio
import redis.asyncio

NAMESPACE = f"test-{uuid.uuid4().hex[:12]}:"


@pytest.fixture
def namespace() -> str:
    """The prefix of every key this process writes: give the cache `namespace + "prices:"`."""
    return NAMESPACE


@pytest_asyncio.fixture
async def redis_client(request: pytest.FixtureRequest) -> AsyncIterator[redis.asyncio.Redis]:
    """An asyncio Redis client that answers with str, closed and cleaned up after the test."""
    url = os.environ.get("REDIS_URL")
    if url:
        client = redis.asyncio.Redis.from_url(url, decode_responses=True)
    else:
        # A server of its own for each test: nothing carries over, even without cleanup.
        client = fakeredis.FakeAsyncRedis(server=fakeredis.FakeServer(), decode_responses=True)
    try:
        yield client
        if not url:
            # In fakeredis everything is this test's: a key outside the namespace would
            # collide on a shared server.
            strays = [key async for key in client.scan_iter() if not key.startswith(NAMESPACE)]
            if strays:
                pytest.fail(
                    f"{request.node.nodeid} wrote keys outside the namespace: "
                    f"{sorted(strays)[:5]}. Give the cache prefix=namespace + \"prices:\".",
                    pytrace=False,
                )
    finally:
        ours = [key async for key in client.scan_iter(match=f"{NAMESPACE}*")]
        if ours:
            await client.delete(*ours)
        await client.aclose()
