"""Tests for supplier.py: the transport and the waiting are AsyncMocks, the tests coroutines.

pytest.ini puts pytest-asyncio in strict mode, so every coroutine test carries the
asyncio mark: here once for the whole module, with pytestmark.
"""

from __future__ import annotations

from unittest.mock import AsyncMock, call, create_autospec

import pytest

from supplier import SupplierClient, SupplierError, SupplierUnavailable, UnknownWarehouse
from transport import HttpTransport, Response

pytestmark = pytest.mark.asyncio

STOCK = {"items": [{"sku": "APPLE", "quantity": 40}, {"sku": "LEEK", "quantity": 12}]}
ONE_REQUEST = call("/warehouses/north/stock")


@pytest.fixture
def transport() -> AsyncMock:
    """The transport, with the real signatures: its get is an AsyncMock."""
    return create_autospec(HttpTransport, instance=True)


@pytest.fixture
def sleep() -> AsyncMock:
    """Waits recorded, not waited: the tests take no time at all."""
    return AsyncMock()


@pytest.fixture
def client(transport: AsyncMock, sleep: AsyncMock) -> SupplierClient:
    return SupplierClient(transport, sleep=sleep)


async def test_a_first_answer_gives_the_stock_by_sku(
    client: SupplierClient, transport: AsyncMock, sleep: AsyncMock
) -> None:
    transport.get.return_value = Response(200, STOCK)

    assert await client.stock_levels("north") == {"APPLE": 40, "LEEK": 12}

    transport.get.assert_awaited_once_with("/warehouses/north/stock")
    sleep.assert_not_awaited()


async def test_two_server_errors_then_an_answer(
    client: SupplierClient, transport: AsyncMock, sleep: AsyncMock
) -> None:
    transport.get.side_effect = [Response(503), Response(500), Response(200, STOCK)]

    assert await client.stock_levels("north") == {"APPLE": 40, "LEEK": 12}

    # assert_has_awaits compares through the autospec'd signature: a path passed by
    # name matches too (a plain `await_args_list == [...]` would not).
    transport.get.assert_has_awaits([ONE_REQUEST] * 3)
    assert transport.get.await_count == 3
    # Awaited, not only called: a sleep that is never awaited does not wait.
    assert sleep.await_args_list == [call(0.5), call(1)]


async def test_three_server_errors_make_the_supplier_unavailable(
    client: SupplierClient, transport: AsyncMock, sleep: AsyncMock
) -> None:
    transport.get.side_effect = [Response(502), Response(503), Response(504)]

    with pytest.raises(SupplierUnavailable, match="504"):
        await client.stock_levels("north")

    assert transport.get.await_count == 3
    assert sleep.await_args_list == [call(0.5), call(1)]


@pytest.mark.parametrize(
    ("status", "error", "pattern"),
    [
        (404, UnknownWarehouse, "south-east"),
        (401, SupplierError, "401"),
        (429, SupplierError, "429"),
    ],
    ids=["unknown-warehouse", "not-allowed", "too-many-requests"],
)
async def test_a_client_error_is_never_retried(
    client: SupplierClient,
    transport: AsyncMock,
    sleep: AsyncMock,
    status: int,
    error: type[Exception],
    pattern: str,
) -> None:
    transport.get.return_value = Response(status)

    with pytest.raises(error, match=pattern):
        await client.stock_levels("south-east")

    transport.get.assert_awaited_once_with("/warehouses/south-east/stock")
    sleep.assert_not_awaited()
