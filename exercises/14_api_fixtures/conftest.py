"""Fixtures for the product API's tests. Yours to write: the tests ask for them by name."""

import pytest

from shop_api import create_app

# TODO: a fixture `app`: a new application for each test, made with create_app(...) and
#       settings of your own: testing mode on, at most 5 products per page, and one staff
#       token, "till-token-ben", held by ben@tessas-corner.shop (see shop_api.py for the
#       names of the settings). Give the test an application context while it runs: enter
#       `app.app_context()` with `with`, and `yield` the app inside it.

# TODO: a fixture `client`, built on `app`: a test client of that application, no token.

# TODO: a fixture `staff_client`, built on `app` too: a client of its own that sends
#       "Authorization: Bearer till-token-ben" with every request (its `environ_base`
#       dictionary holds what every request carries; the header's key there is
#       HTTP_AUTHORIZATION).

# TODO: a fixture `shelf`, built on `staff_client`: it adds APPLE ("Apple", 35 cents),
#       BREAD ("Sourdough loaf", 420) and MILK ("Milk 1 l", 109) through the API, in that
#       order, and returns their SKUs as a list.
