"""The shop's settings: a TOML file, and the API's address from the environment."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

DEFAULT_API_URL = "https://api.tessas-corner.shop"


def load_settings(path: Path) -> dict[str, Any]:
    with path.open("rb") as file:
        return tomllib.load(file)


def api_url(endpoint: str) -> str:
    """The full address of an endpoint of the shop's API; SHOP_API_URL overrides the base."""
    base = os.environ.get("SHOP_API_URL", DEFAULT_API_URL).rstrip("/")
    return f"{base}/{endpoint.lstrip('/')}"
