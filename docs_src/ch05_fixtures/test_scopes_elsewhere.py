"""A second module that asks for the session-scoped price list."""

from collections.abc import Mapping

from orders import price_list_loads


# --8<-- [start:session]
def test_another_module_gets_the_same_load(price_list: Mapping[str, int]) -> None:
    assert price_list["BREAD"] == 420
    assert price_list_loads() == 1
# --8<-- [end:session]
