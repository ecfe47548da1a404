"""Fixtures for the shop's customers, in a module of their own: the root conftest.py
loads it as a plugin (`pytest_plugins`), so tests in every folder can ask for them."""

from __future__ import annotations

import pytest


@pytest.fixture
def customer_email() -> str:
    """The address of Ana Lima, a regular customer."""
    return "ana@example.com"
