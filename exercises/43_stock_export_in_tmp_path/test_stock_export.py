"""The stock export's tests, as they were first written.

They pass, but each run leaves files behind: a folder under the computer's temporary
folder that nobody deletes, and an `exports/` folder right here, which makes the
second run fail. Move them onto pytest's `tmp_path`, then test every rule.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from stock_export import export_stock, read_stock

STOCK = {"TEA-80": 12, "MILK": 30}


def test_export_writes_a_file() -> None:
    folder = Path(tempfile.mkdtemp())
    path = export_stock(STOCK, date(2026, 3, 24), folder)
    assert path.exists()


def test_export_can_be_read_back() -> None:
    folder = Path(tempfile.mkdtemp())
    path = export_stock(STOCK, date(2026, 3, 24), folder)
    assert read_stock(path) == STOCK


def test_export_goes_to_the_exports_folder_by_default() -> None:
    path = export_stock(STOCK, date(2026, 3, 24))
    assert path.parent.name == "exports"


# TODO: the file's name and exact contents (read its bytes), a folder that does not exist
#       yet, negative quantities, a day exported twice, and prune().
