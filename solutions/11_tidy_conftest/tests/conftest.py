"""Fixtures every test folder needs: baskets. Nothing else lives here.

Helpers and fakes are plain code, so they sit in shop_helpers.py and tests import
them; the gateway fixtures serve the payment tests only, so they sit in
tests/payments/conftest.py, where the basket tests cannot even see them.
"""

from __future__ import annotations

import pytest

from baskets import Basket
from shop_helpers import make_basket


@pytest.fixture
def empty_basket() -> Basket:
    """A basket with nothing in it yet."""
    return Basket()


@pytest.fixture
def full_basket() -> Basket:
    """Two teas, four scones and a jam: 2240 cents."""
    return make_basket(("tea", 350, 2), ("scones", 280, 4), ("jam", 420, 1))
