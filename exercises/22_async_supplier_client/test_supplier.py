"""Your tests for supplier.py. Run `checker check 22` to see how thorough they are.

pytest.ini puts pytest-asyncio in strict mode: a coroutine test runs only with the
asyncio mark. No test may reach the network or really wait.
"""

from __future__ import annotations

from unittest.mock import AsyncMock, call, create_autospec

import pytest

from supplier import SupplierClient, SupplierError, SupplierUnavailable, UnknownWarehouse
from transport import HttpTransport, Response


@pytest.mark.asyncio
async def test_a_first_answer_gives_the_stock_by_sku() -> None:
    transport = create_autospec(HttpTransport, instance=True)
    transport.get.return_value = Response(200, {"items": [{"sku": "APPLE", "quantity": 40}]})
    client = SupplierClient(transport, sleep=AsyncMock())

    assert await client.stock_levels("north") == {"APPLE": 40}


# TODO: fixtures for the transport, the sleep and the client, so each test starts alike.
# TODO: which path was asked for, and how many times (assert_awaited_once_with)?
# TODO: server errors, then an answer: a side_effect list of Response objects. Which
#       waits were awaited (sleep.await_args_list)?
# TODO: server errors every time: the error, its message, the attempts, the waits.
# TODO: the statuses that are never retried: 404 and the other 4xx.
