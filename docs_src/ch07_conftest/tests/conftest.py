"""Fixtures every test of the shop may use. No test imports them: pytest finds them here."""

from __future__ import annotations

import pytest

from notifications import MemoryMailer, ShopSettings


@pytest.fixture
def settings() -> ShopSettings:
    """The shop's settings as tests see them by default: nothing on disk."""
    return ShopSettings()


@pytest.fixture
def mailer() -> MemoryMailer:
    """A mailer that keeps what it sends in memory, for tests that check the wording."""
    return MemoryMailer()
