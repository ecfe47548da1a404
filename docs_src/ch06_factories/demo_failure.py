"""A mistake on purpose (pytest does not collect this file): a factory used without its session.

Run it with `python -m pytest demo_failure.py` to see the error the chapter shows.
"""

from __future__ import annotations

from factories import CustomerFactory


# --8<-- [start:forgot]
def test_forgets_to_ask_for_the_session() -> None:
    customer = CustomerFactory()  # no db_session, no customer_factory fixture
    assert customer.id is not None
# --8<-- [end:forgot]
