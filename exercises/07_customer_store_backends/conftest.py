"""Fixtures for the customer tests. Yours to write: the tests ask for them by name."""

import pytest

import mailer
from accounts import sign_up
from customers import MemoryCustomers, SqliteCustomers

# TODO: a fixture `store` that pytest runs twice, once per back end: a MemoryCustomers,
#       and a SqliteCustomers on `customers.db` in the test's tmp_path. Parametrize the
#       fixture itself (not the tests), name the two cases `memory` and `sqlite`, and
#       read which case is running from the `request` object.
#       Close the store when the test is over.

# TODO: a fixture `make_customer` that returns a function. Each call of that function
#       signs a customer up in the test's store (with sign_up) and returns it; name and
#       email are optional, and the defaults differ from one call to the next.

# TODO: a fixture that every test uses without asking for it, and that leaves the
#       mailer as new (mailer.reset()) for each test.
