"""Checks of the stock room. In Tessa's shop, tests have always been called checks."""

import pytest

from stock import OutOfStock, StockRoom


@pytest.fixture
def room() -> StockRoom:
    """A stock room with ten bags of tea on the shelf."""
    room = StockRoom()
    room.receive("tea", 10)
    return room


class StockChecks:
    def check_a_delivery_adds_to_the_count(self, room: StockRoom) -> None:
        room.receive("tea", 5)
        assert room.count("tea") == 15

    def check_an_empty_delivery_is_a_mistake(self, room: StockRoom) -> None:
        with pytest.raises(ValueError, match="at least one tea"):
            room.receive("tea", 0)

    @pytest.mark.smoke
    def check_a_sale_takes_from_the_count(self, room: StockRoom) -> None:
        room.sell("tea", 4)
        assert room.count("tea") == 6

    def check_overselling_is_refused_and_changes_nothing(self, room: StockRoom) -> None:
        with pytest.raises(OutOfStock, match="only 10 tea left"):
            room.sell("tea", 11)
        assert room.count("tea") == 10

    def check_items_with_three_or_fewer_left_run_low(self, room: StockRoom) -> None:
        room.receive("jam", 3)
        room.receive("soap", 4)
        room.receive("bread", 1)
        assert room.running_low() == ["bread", "jam"]
