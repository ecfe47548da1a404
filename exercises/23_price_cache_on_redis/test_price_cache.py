"""Your tests for price_cache.py. Run `checker check 23` to see how thorough they are.

`redis_client` and `namespace` come from conftest.py (locked). Give every cache
prefix=namespace + "prices:", so that your keys never meet anybody else's.
"""

from __future__ import annotations

import asyncio
from typing import Any
from unittest.mock import AsyncMock, call

import pytest
import pytest_asyncio

from price_cache import PriceCache


@pytest.mark.asyncio
async def test_a_fetched_price_is_returned(redis_client: Any, namespace: str) -> None:
    fetch = AsyncMock(return_value=90)
    cache = PriceCache(redis_client, fetch, prefix=namespace + "prices:")

    assert await cache.price("PEAR") == 90


# TODO: what the cache leaves in Redis: the key, the text, the expiry (redis_client.ttl).
# TODO: an async fixture (@pytest_asyncio.fixture) that puts a price in Redis before the
#       test, as an earlier request would have; then price() must not fetch.
# TODO: forget, twice.
# TODO: refresh asks anew, even for a kept price.
# TODO: the limit: a supplier coroutine of your own that counts how many fetches run at
#       once and waits on an asyncio.Event that the test sets. No sleeping.
