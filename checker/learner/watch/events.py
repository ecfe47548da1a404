"""File events: a save under the exercises folder, by notification or by polling."""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

import watchfiles

POLLING = "File events do not arrive here; checking for changes every second instead."
TICK_MS = 100  # the longest the loop waits for a file event before it looks at the keys
PROBE_SECONDS = 2.0


def file_events_arrive(place: Path, within: float = PROBE_SECONDS) -> bool:
    """Whether a file saved in a new folder under ``place`` raises a file event in time."""
    try:
        probe = Path(tempfile.mkdtemp(prefix=".checker-probe-", dir=place))
    except OSError:
        return False
    try:
        changes = watchfiles.watch(
            probe,
            watch_filter=None,
            force_polling=False,
            rust_timeout=50,
            yield_on_timeout=True,
            step=10,
            recursive=False,
        )
        try:
            next(changes)  # the first wait times out once the watcher is in place
            deadline = time.monotonic() + within
            count = 0
            while time.monotonic() < deadline:
                (probe / "probe.txt").write_text(str(count), encoding="utf-8")
                count += 1
                if next(changes):
                    return True
            return False
        finally:
            changes.close()
    except Exception:  # no notify backend at all; polling still works
        return False
    finally:
        shutil.rmtree(probe, ignore_errors=True)


class Watcher:
    """Files saved under a folder: by file events, or by polling every second."""

    def __init__(self, folder: Path, polling: bool) -> None:
        self.polling = polling
        self._changes = watchfiles.watch(
            folder,
            force_polling=polling,
            poll_delay_ms=1000,
            rust_timeout=TICK_MS,
            yield_on_timeout=True,
        )
        next(self._changes)  # in place from here on

    def saved(self) -> set[Path]:
        """What changed since the last call; waits at most one tick for something."""
        return {Path(path) for _, path in next(self._changes)}

    def close(self) -> None:
        self._changes.close()


def _watcher(folder: Path, polling: bool, notices: list[str]) -> Watcher:
    if not polling:
        try:
            return Watcher(folder, polling=False)
        except Exception:  # for example the system's limit of watched folders
            notices.append(POLLING)
    return Watcher(folder, polling=True)
