"""Half of a mistake on purpose: clash/integration/ holds a test file of the
same name, and neither folder has an __init__.py. Run `pytest clash`."""

from shop.loyalty import points_for


def test_cents_alone_earn_nothing() -> None:
    assert points_for(99) == 0
