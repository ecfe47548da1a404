"""print_all's limit, proven with events and a barrier: no sleeping, no timing."""

from __future__ import annotations

import asyncio

import pytest

from labels import print_all

pytestmark = pytest.mark.asyncio
LABELS = [f"label {n}" for n in range(8)]


# --8<-- [start:at-most]
async def test_never_more_than_three_labels_at_once() -> None:
    printing = 0
    most = 0
    three_printing = asyncio.Event()
    paper_out = asyncio.Event()

    async def send(label: str) -> None:
        nonlocal printing, most
        printing += 1
        most = max(most, printing)
        if printing == 3:
            three_printing.set()
        await paper_out.wait()  # hold the slot until the test has looked
        printing -= 1

    batch = asyncio.create_task(print_all(LABELS, send, at_once=3))
    await asyncio.wait_for(three_printing.wait(), timeout=2)
    for _ in range(10):
        await asyncio.sleep(0)  # a turn for every task that could start
    assert printing == 3

    paper_out.set()
    await batch
    assert most == 3
# --8<-- [end:at-most]


# --8<-- [start:barrier]
async def test_three_labels_really_print_side_by_side() -> None:
    # Each send waits at the barrier until three are there at once. Printing one at a
    # time would never get three there: wait_for turns that hang into a failure.
    side_by_side = asyncio.Barrier(3)
    sent: list[str] = []

    async def send(label: str) -> None:
        async with side_by_side:
            sent.append(label)

    await asyncio.wait_for(print_all(LABELS[:6], send, at_once=3), timeout=2)
    assert sorted(sent) == sorted(LABELS[:6])
# --8<-- [end:barrier]
