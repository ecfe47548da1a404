"""A basket held for a customer at the counter, and a printer that works on its own.

``BasketHold`` reads the time from the clock it is given; ``ReceiptPrinter`` prints in a
thread of its own and tells whoever asked when a receipt is out.
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable


class BasketHold:
    def __init__(self, minutes: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.until = clock() + minutes * 60

    def expired(self) -> bool:
        return self.clock() >= self.until


class ReceiptPrinter:
    """Prints receipts one by one in a background thread."""

    def __init__(self, on_printed: Callable[[str], None]) -> None:
        self._jobs: queue.Queue[str | None] = queue.Queue()
        self._on_printed = on_printed
        self._thread = threading.Thread(target=self._work, daemon=True)
        self._thread.start()

    def print_receipt(self, text: str) -> None:
        self._jobs.put(text)

    def close(self) -> None:
        self._jobs.put(None)
        self._thread.join(timeout=5)

    def _work(self) -> None:
        while (text := self._jobs.get()) is not None:
            self._on_printed(text)
