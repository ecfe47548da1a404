"""Two tests that pass only in the order they are written: try them with -p randomly."""

BASKET: list[str] = []  # one list for every test of the module: the mistake


def test_milk_goes_in_the_basket() -> None:
    BASKET.append("MILK")

    assert BASKET == ["MILK"]


def test_bread_goes_in_after_the_milk() -> None:
    BASKET.append("BREAD")

    assert BASKET == ["MILK", "BREAD"]
