"""labelmaker: the small library the shop uses to lay out its shelf labels.

Pretend it was installed from PyPI: the shop cannot change it. (It sits beside the
shop's code only so that the example runs offline.) Its 2.x releases still lay labels
out with an old engine of their own, and say so with a DeprecationWarning on every
call: a warning about the library's insides, which no change in the shop can fix.
"""

from __future__ import annotations

import warnings


def render(text: str, width: int = 20) -> str:
    """``text`` centred on a label ``width`` characters wide, between brackets."""
    warnings.warn(
        "labelmaker's legacy layout engine is deprecated; 3.0 replaces it",
        DeprecationWarning,
        stacklevel=1,  # the warning is about labelmaker itself, and says so
    )
    return f"[{text:^{width}}]"
