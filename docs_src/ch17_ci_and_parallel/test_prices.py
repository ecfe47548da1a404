"""The price index, built once per run however many workers read it."""


def test_tea_costs_twelve_fifty(price_index: dict[str, int]) -> None:
    assert price_index["TEA-80"] == 1250


def test_every_price_is_in_whole_cents(price_index: dict[str, int]) -> None:
    assert all(isinstance(cents, int) and cents > 0 for cents in price_index.values())
