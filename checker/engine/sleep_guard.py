"""A run in which tests may not sleep (the catalogue's ``forbid_sleep``).

A test that waits with ``time.sleep`` is slow, and still flaky: the wait is a guess at how
long something takes. Where an exercise teaches waiting for the condition itself, or
injecting the clock, the run replaces ``time.sleep`` before any learner file is imported.
A call fails the test that made it, through pytest's own failure (which ``except
Exception`` does not swallow), and is recorded with the place in the learner's files that
made it. At the end of every test the guard must still be in place: a fake that
``monkeypatch`` put there is gone by then, one that stayed is recorded.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from checker.engine import probes
from checker.engine.plugin import Recorder


def forbid(recorder: Recorder) -> Callable[[float], None]:
    """Replace ``time.sleep`` for the rest of this process; return the replacement."""

    def sleep(seconds: float) -> None:
        place = probes.caller(recorder)
        file, line = ("?", 0) if place is None else (recorder.local(place[0]) or "?", place[1])
        recorder.write(
            event="sleep", nodeid=recorder.current, file=file, line=line, seconds=repr(seconds)
        )
        where = f" from {file}, line {line}" if place is not None else ""
        pytest.fail(
            f"time.sleep({seconds!r}) was called{where}. Tests here must not sleep: wait "
            "for the condition itself, or give the code a sleep or clock that the test "
            "controls.",
            pytrace=False,
        )

    time.sleep = sleep  # type: ignore[assignment]
    recorder.sleep_guard = sleep
    return sleep
