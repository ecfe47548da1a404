"""The keys a learner presses while watch runs: from a terminal, or none at all."""

from __future__ import annotations

import contextlib
import os
import re
import select
import signal
import sys
import termios
import tty
from types import FrameType
from typing import Any

ESCAPES = re.compile(r"\x1b(\[[0-9;?]*[ -/]*[@-~]|O.)?")  # arrow keys and the like


class Keys:
    """No keys: what watch reads when stdin is not a terminal (a pipe, CI, an editor)."""

    interactive = False

    def __enter__(self) -> Keys:
        return self

    def __exit__(self, *_: object) -> None:
        return None

    def read(self) -> str:
        """The keys pressed since the last call, without waiting ("" if none)."""
        return ""

    def wait(self) -> str:
        """The next key, waiting for it ("" when no key can come)."""
        return ""


class TerminalKeys(Keys):
    """Keys from a terminal in cbreak mode: each arrives as it is pressed, not echoed.

    The terminal's mode is restored on every way out of the ``with`` block (q, Ctrl-C,
    an exception). After Ctrl-Z and ``fg`` the shell has put its own mode back, so cbreak
    is set again when the process continues.
    """

    interactive = True

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self._saved: list[Any] | None = None
        self._on_continue: Any = signal.SIG_DFL

    def __enter__(self) -> TerminalKeys:
        self._saved = termios.tcgetattr(self.fd)
        tty.setcbreak(self.fd)
        self._on_continue = signal.signal(signal.SIGCONT, self._resume)
        return self

    def _resume(self, signum: int, frame: FrameType | None) -> None:
        with contextlib.suppress(termios.error):
            tty.setcbreak(self.fd)

    def __exit__(self, *_: object) -> None:
        signal.signal(signal.SIGCONT, self._on_continue)
        if self._saved is not None:
            with contextlib.suppress(termios.error):
                termios.tcsetattr(self.fd, termios.TCSADRAIN, self._saved)

    def _take(self, timeout: float | None) -> str:
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return ""
        data = os.read(self.fd, 64)
        if not data:  # the terminal went away: leave as with q
            return "q"
        return ESCAPES.sub("", data.decode(errors="ignore"))

    def read(self) -> str:
        return self._take(0)

    def wait(self) -> str:
        while not (keys := self._take(None)):
            pass
        return keys[0]


def _keys() -> Keys:
    stdin = sys.stdin
    with contextlib.suppress(AttributeError, ValueError, OSError):
        if stdin is not None and stdin.isatty():
            return TerminalKeys(stdin.fileno())
    return Keys()
