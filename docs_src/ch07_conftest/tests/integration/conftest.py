"""Fixtures for tests that write real files. They replace two fixtures of tests/conftest.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from notifications import FileMailer, ShopSettings


# --8<-- [start:override]
@pytest.fixture
def settings(settings: ShopSettings, tmp_path: Path) -> ShopSettings:
    """The parent's settings (asked for by the same name), with an outbox of this test's own."""
    return ShopSettings(settings.shop_name, settings.sender, outbox=tmp_path / "outbox")


@pytest.fixture
def mailer(settings: ShopSettings) -> FileMailer:
    """Here the mailer really writes files, into the outbox the settings name."""
    assert settings.outbox is not None
    return FileMailer(settings.outbox)
# --8<-- [end:override]


# --8<-- [start:outbox]
@pytest.fixture
def outbox(settings: ShopSettings) -> Path:
    """The folder the file mailer writes into: only integration tests have one."""
    assert settings.outbox is not None
    return settings.outbox
# --8<-- [end:outbox]
