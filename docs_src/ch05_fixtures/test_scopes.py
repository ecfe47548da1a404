"""How long a fixture's value lives: its scope."""

import pytest

from orders import vat_rate_loads

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
openings: list[str] = []


@pytest.fixture(scope="class")
def till() -> str:
    openings.append("till")
    return "till 1"


class TestMorningShift:
    def test_the_till_opens_for_the_first_test(self, till: str) -> None:
        assert openings == ["till"]

    def test_and_stays_open_for_the_class(self, till: str) -> None:
        assert openings == ["till"]


class TestEveningShift:
    def test_a_new_class_opens_it_again(self, till: str) -> None:
        assert openings == ["till", "till"]
# --8<-- [end:class]


# --8<-- [start:session]
def test_vat_rates_are_loaded_once(vat_rates) -> None:
    assert vat_rates["food"] == 9
    assert vat_rate_loads() == 1
# --8<-- [end:session]
