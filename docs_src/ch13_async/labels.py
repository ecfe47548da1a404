"""Printing a batch of shelf labels, a few at a time: the printer queue is small."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable


async def print_all(
    labels: list[str], send: Callable[[str], Awaitable[None]], at_once: int = 3
) -> None:
    slots = asyncio.Semaphore(at_once)

    async def one(label: str) -> None:
        async with slots:
            await send(label)

    await asyncio.gather(*(one(label) for label in labels))
