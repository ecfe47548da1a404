"""AsyncMock: a mock whose calls return awaitables, run here with asyncio.run."""

import asyncio
from unittest.mock import AsyncMock, MagicMock, create_autospec

import pytest
from stock_alerts import SupplierClient, restock_if_low


# --8<-- [start:async]
def test_a_low_shelf_is_reordered() -> None:
    client = AsyncMock()
    client.post.return_value = 201

    assert asyncio.run(restock_if_low(client, "earl-grey", left=2)) is True

    client.post.assert_awaited_once_with("/reorders", {"sku": "earl-grey", "quantity": 24})


def test_a_full_shelf_is_left_alone() -> None:
    client = create_autospec(SupplierClient, instance=True)  # its post is an AsyncMock

    assert asyncio.run(restock_if_low(client, "earl-grey", left=12)) is False

    client.post.assert_not_awaited()


def test_a_magicmock_cannot_be_awaited() -> None:
    with pytest.raises(TypeError, match="await"):
        asyncio.run(restock_if_low(MagicMock(), "earl-grey", left=2))
# --8<-- [end:async]
