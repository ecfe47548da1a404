"""Tessa's manual check of the real payment gateway: run by hand, never by the suite.

It needs the gateway's sandbox and a key that only the shop's laptop has, so anywhere
else it fails. Its name starts with test_ only because the gateway's tooling wants it so.
"""

from __future__ import annotations

import os


def test_the_live_gateway_answers() -> None:
    key = os.environ.get("GATEWAY_SANDBOX_KEY")
    if key is None:
        raise RuntimeError("GATEWAY_SANDBOX_KEY is not set: this check runs by hand only")
