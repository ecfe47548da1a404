import pytest

from adder import add


def test_one_and_one_make_two() -> None:
    assert add(1, 1) == 2


def test_order_does_not_matter() -> None:
    assert add(2, 5) == 7


def test_negative_numbers_add() -> None:
    assert add(-3, -1) == -4


def test_a_string_is_refused() -> None:
    with pytest.raises(TypeError, match="integers"):
        add("1", 1)  # type: ignore[arg-type]
