"""Factories for the shop's customers and orders.

A test asks for what it cares about (``CustomerFactory(name="Tessa")``) and the
factory fills in everything else with believable, made-up values.
"""

from __future__ import annotations

import factory
from factory import alchemy

from models import Customer, Order

# TODO: decide how the factories find the test's session. One way: a
#       sqlalchemy.orm.scoped_session here, that conftest.py binds to the test
#       database (the chapter shows it).

# TODO: CustomerFactory, a SQLAlchemyModelFactory for Customer:
#       - a made-up name from Faker;
#       - an e-mail address no other customer has, even among a thousand
#         (Faker is random and repeats itself: which declaration counts up?).
#       In its Meta: the model, the session, and a persistence that gives each
#       created row its id without committing.

# TODO: OrderFactory, for Order:
#       - its customer made by CustomerFactory (a declaration that calls
#         another factory);
#       - a placing time from Faker. A new order is pending.
