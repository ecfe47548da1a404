"""How long a fixture's value lives: its scope."""

from collections.abc import Mapping

import pytest

from orders import price_list_loads

# --8<-- [start:module]
built: list[str] = []


@pytest.fixture(scope="module")
def shelf_labels() -> list[str]:
    built.append("shelf labels")
    return ["MILK", "BREAD", "EGGS"]


def test_labels_are_built_for_the_first_test(
    shelf_labels: list[str],
) -> None:
    assert built == ["shelf labels"]


def test_and_kept_for_the_rest_of_the_module(
    shelf_labels: list[str],
) -> None:
    assert built == ["shelf labels"]
# --8<-- [end:module]


# --8<-- [start:class]
opened_for: list[str] = []


@pytest.fixture(scope="class")
def till(request: pytest.FixtureRequest) -> str:
    """One till per test class; it notes which class it was opened for."""
    opened_for.append(request.cls.__name__)
    return f"till of {request.cls.__name__}"


class TestMorningShift:
    def test_the_till_opens_once_for_the_class(self, till: str) -> None:
        assert opened_for.count("TestMorningShift") == 1

    def test_every_test_of_the_class_shares_it(self, till: str) -> None:
        assert till == "till of TestMorningShift"
        assert opened_for.count("TestMorningShift") == 1


class TestEveningShift:
    def test_another_class_gets_a_till_of_its_own(self, till: str) -> None:
        assert till == "till of TestEveningShift"
        assert opened_for.count("TestEveningShift") == 1
# --8<-- [end:class]


# --8<-- [start:session]
def test_the_price_list_is_loaded_once(price_list: Mapping[str, int]) -> None:
    assert price_list["MILK"] == 109
    assert price_list_loads() == 1
# --8<-- [end:session]
