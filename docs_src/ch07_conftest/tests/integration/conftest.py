"""Fixtures for tests that write real files. They replace two fixtures of tests/conftest.py."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from notifications import FileMailer, ShopSettings


# --8<-- [start:outbox]
@pytest.fixture
def outbox(tmp_path: Path) -> Path:
    """The folder the file mailer writes into: only integration tests have one."""
    return tmp_path / "outbox"
# --8<-- [end:outbox]


# --8<-- [start:override]
@pytest.fixture
def settings(settings: ShopSettings, outbox: Path) -> ShopSettings:
    """The parent's settings (asked for by the same name), with this test's outbox."""
    return replace(settings, outbox=outbox)


@pytest.fixture
def mailer(outbox: Path) -> FileMailer:
    """Here the mailer really writes files, into this test's outbox."""
    return FileMailer(outbox)
# --8<-- [end:override]
