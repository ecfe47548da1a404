"""The gateway's settings, read from the environment each time they are asked for."""

from __future__ import annotations

import os
from dataclasses import dataclass

DEFAULT_URL = "https://api.gateway.invalid/v2"


@dataclass(frozen=True)
class GatewaySettings:
    url: str
    timeout_seconds: int


def gateway_settings() -> GatewaySettings:
    return GatewaySettings(
        url=os.environ.get("SHOP_GATEWAY_URL", DEFAULT_URL),
        timeout_seconds=int(os.environ.get("SHOP_GATEWAY_TIMEOUT", "10")),
    )
