from adder import add


def test_one_and_one_make_two() -> None:
    assert add(1, 1) == 2


# TODO: test more.
