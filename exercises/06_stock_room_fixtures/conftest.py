"""Fixtures for the stock-room tests. Yours to write: the tests ask for them by name."""

import pytest

import pricelist
from stockroom import StockRoom

# TODO: a fixture `stock_room` that opens a StockRoom on a file named stock.json in the
#       test's own temporary folder (ask pytest for `tmp_path`), gives the room to the
#       test, and closes it when the test is over, whether the test passed or failed.

# TODO: a fixture `stocked_room`, built on `stock_room`, whose room has first received
#       the standard delivery: 40 APPLE, 12 BREAD and 24 MILK.

# TODO: a fixture `price_list` that returns pricelist.load(). Loading is slow: make the
#       whole test run share a single load.
