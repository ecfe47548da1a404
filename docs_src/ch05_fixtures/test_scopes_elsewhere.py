"""A second module that asks for the session-scoped VAT table."""

from orders import vat_rate_loads


# --8<-- [start:session]
def test_another_module_gets_the_same_load(vat_rates) -> None:
    assert vat_rates["drink"] == 21
    assert vat_rate_loads() == 1
# --8<-- [end:session]
