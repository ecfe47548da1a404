"""The same file name as clash/unit/test_orders.py, one level over."""


def test_integration_level() -> None:
    pass
