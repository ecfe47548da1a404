"""Fixtures for every level: the shop's people and goods, which every test may use."""

from __future__ import annotations

import pytest

from basket import Line


@pytest.fixture
def ana() -> str:
    """Ana Lima, a regular, as the shop knows her: by her e-mail address."""
    return "ana@example.com"


@pytest.fixture
def tea() -> Line:
    """Two boxes of tea: 900 cents of goods, so delivery is charged."""
    return Line("TEA-80", 450, 2)
