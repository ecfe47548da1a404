"""book_pickup with the courier's API and the waiting replaced by AsyncMocks."""

from __future__ import annotations

from unittest.mock import AsyncMock, call

import pytest

from courier import CourierDown, book_pickup


# --8<-- [start:first]
@pytest.mark.asyncio
async def test_a_pickup_is_booked_at_the_first_answer() -> None:
    api = AsyncMock()
    api.post.return_value = (201, {"booking": "PU-778"})

    assert await book_pickup(api, 42) == "PU-778"

    api.post.assert_awaited_once_with("/pickups", {"reference": "order-42"})
# --8<-- [end:first]


# --8<-- [start:retries]
@pytest.mark.asyncio
async def test_two_server_errors_then_a_booking() -> None:
    api = AsyncMock()
    api.post.side_effect = [(503, {}), (502, {}), (201, {"booking": "PU-779"})]
    sleep = AsyncMock()

    assert await book_pickup(api, 42, sleep=sleep) == "PU-779"

    assert api.post.await_count == 3
    assert sleep.await_args_list == [call(1.0), call(1.0)]


@pytest.mark.asyncio
async def test_the_courier_down_for_good() -> None:
    api = AsyncMock()
    api.post.return_value = (500, {})
    sleep = AsyncMock()

    with pytest.raises(CourierDown, match="answered 500"):
        await book_pickup(api, 42, sleep=sleep)

    assert api.post.await_count == 3
    assert sleep.await_count == 2  # none after the last attempt
# --8<-- [end:retries]


# --8<-- [start:client-error]
@pytest.mark.asyncio
async def test_a_client_error_is_not_retried() -> None:
    api = AsyncMock()
    api.post.return_value = (422, {"booking": None})
    sleep = AsyncMock()

    assert await book_pickup(api, 42, sleep=sleep) is None
    api.post.assert_awaited_once()
    sleep.assert_not_awaited()
# --8<-- [end:client-error]
