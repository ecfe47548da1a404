"""Look over the price list before it goes to the till. A tool for Tessa, not a check.

Run it from the exercise folder on a CSV of ``item,price in cents`` rows:

    python tools/check_prices.py prices.csv

It prints one line for every row that looks wrong, and nothing when all is well.
"""

from __future__ import annotations

import csv
import sys


def check_price_list(rows: list[list[str]]) -> list[str]:
    """What is wrong with each row of the price list, one message per problem."""
    problems = []
    for number, row in enumerate(rows, start=1):
        if len(row) != 2:
            problems.append(f"row {number}: expected item,price but found {len(row)} fields")
        elif not row[1].isdigit():
            problems.append(f"row {number}: {row[1]!r} is not a price in whole cents")
    return problems


if __name__ == "__main__":
    with open(sys.argv[1], newline="", encoding="utf-8") as price_list:
        for problem in check_price_list(list(csv.reader(price_list))):
            print(problem)
