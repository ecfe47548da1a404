"""Fixtures every test of the shop may use, wherever it sits under tests/."""

from __future__ import annotations

import pytest

from stock import InMemoryStock

# TODO: an `opening_stock` fixture: what the shop opens with, a dict of
#       12 tea, 6 scones and 3 jam. A test may change its own copy without
#       the next test noticing.

# TODO: a `store` fixture: an InMemoryStock that has received the opening
#       stock. Unit tests use it as it is.
