import pytest


@pytest.fixture
def greeting() -> str:
    return "Welcome to the shop"
