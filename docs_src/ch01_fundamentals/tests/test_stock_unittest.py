"""The out-of-stock test again, with unittest, to compare the styles.

pytest runs unittest.TestCase classes too, so an older suite keeps
working while new tests are written as plain functions.
"""

import unittest

from stock import OutOfStock, Shelves


# --8<-- [start:out-of-stock]
class ShelvesTest(unittest.TestCase):
    def setUp(self) -> None:
        self.shelves = Shelves()
        self.shelves.receive("TEA-80", 2)

    def test_selling_more_than_the_shelf_holds_is_refused(self) -> None:
        with self.assertRaises(OutOfStock):
            self.shelves.sell("TEA-80", 3)
        self.assertEqual(self.shelves.count("TEA-80"), 2)
# --8<-- [end:out-of-stock]
