"""The shop's HTTP transport to its supplier's API. This file is locked: do not edit it.

Every method would go to the network. Tests replace the transport with a mock:
``create_autospec(HttpTransport, instance=True)`` gives one whose ``get`` is an
``AsyncMock`` with the real signature. (On this course's machines there is no network.)
"""

from __future__ import annotations

from typing import Any


class Response:
    """One answer: its HTTP status, and its body, read with ``await response.json()``."""

    def __init__(self, status: int, body: Any = None) -> None:
        self.status = status
        self._body = body

    async def json(self) -> Any:
        return self._body


class HttpTransport:
    base_url = "https://api.fresh-wholesale.invalid/v1"

    async def get(self, path: str, *, timeout: float = 10.0) -> Response:
        """GET ``path`` under base_url and return the answer, whatever its status."""
        raise ConnectionError(
            f"{self.base_url}{path}: a test reached the real supplier. "
            "Replace the transport with a mock (chapter 13)."
        )
