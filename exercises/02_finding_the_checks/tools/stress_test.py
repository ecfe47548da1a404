"""A load test of the till: fill many baskets and time it. Not one of the shop's checks.

Tessa runs it by hand before a big sale, from the exercise folder, with as many
baskets as she likes (a million takes a while):

    python -m tools.stress_test 1000000

It proves nothing about whether the till is right, only about how fast it is.
"""

from __future__ import annotations

import sys
import time

from basket import Basket


def test_the_till_under_load(baskets: int = 2_000) -> None:
    started = time.perf_counter()
    for number in range(baskets):
        basket = Basket()
        basket.add("bread", 120, 1 + number % 3)
        basket.add("milk", 95)
        basket.total()
    print(f"{baskets} baskets in {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    test_the_till_under_load(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
