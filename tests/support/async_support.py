"""Waiting inside a qasync loop without blocking it."""

import asyncio


async def wait_for(predicate, timeout=10.0):
    """Poll with asyncio.sleep so the qasync loop keeps turning."""
    for _ in range(int(timeout / 0.02)):
        if predicate():
            return
        await asyncio.sleep(0.02)
    raise AssertionError("condition not reached in time")
