"""BasketStore against Redis: fakeredis by default, a real server with REDIS_URL."""

from __future__ import annotations

from typing import Any

import pytest
import pytest_asyncio

from baskets import DAY, BasketStore

pytestmark = pytest.mark.asyncio


# --8<-- [start:async-fixture]
@pytest.fixture
def store(redis_client: Any, namespace: str) -> BasketStore:
    return BasketStore(redis_client, prefix=f"{namespace}basket:")


@pytest_asyncio.fixture
async def anns_basket(store: BasketStore) -> dict[str, int]:
    """Ann's basket, saved before the test: an async fixture, since saving is awaited."""
    lines = {"APPLE": 6, "BREAD": 1}
    await store.save(7, lines)
    return lines


async def test_a_saved_basket_comes_back(store: BasketStore, anns_basket: dict[str, int]) -> None:
    assert await store.load(7) == anns_basket


async def test_a_basket_is_kept_for_a_day(
    store: BasketStore, anns_basket: dict[str, int], redis_client: Any, namespace: str
) -> None:
    assert 0 < await redis_client.ttl(f"{namespace}basket:7") <= DAY


async def test_nobody_has_a_basket_at_first(store: BasketStore) -> None:
    assert await store.load(8) == {}
# --8<-- [end:async-fixture]
