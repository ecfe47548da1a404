"""A coroutine test without the asyncio mark, in strict mode: not collected by default."""

from __future__ import annotations

from unittest.mock import AsyncMock

from courier import book_pickup


async def test_a_pickup_is_booked() -> None:
    api = AsyncMock()
    api.post.return_value = (201, {"booking": "PU-778"})
    assert await book_pickup(api, 42) == "PU-778"
