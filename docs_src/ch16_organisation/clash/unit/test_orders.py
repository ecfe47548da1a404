"""A demo of two test files with one name, in folders without __init__.py."""


def test_unit_level() -> None:
    pass
