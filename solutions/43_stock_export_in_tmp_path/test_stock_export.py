"""Tests for stock_export.py, each in a folder of its own that pytest cleans up.

tmp_path is a fresh, empty folder per test, so every test starts from nothing and the
suite can run twice, in any order, in parallel, and leave nothing behind. The export's
default folder is relative to the working folder: monkeypatch.chdir moves the test
into tmp_path for the time of the test.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from stock_export import export_stock, prune, read_stock

TUESDAY = date(2026, 3, 24)
STOCK = {"TEA-80": 12, "MILK": 30, "EGGS": 0}


@pytest.fixture
def exports(tmp_path: Path) -> Path:
    """Where the exports go: a folder of this test's own, not created yet."""
    return tmp_path / "exports"


def test_an_export_is_named_after_its_zero_padded_day(exports: Path) -> None:
    path = export_stock(STOCK, date(2026, 3, 5), exports)

    assert path == exports / "stock-2026-03-05.csv"
    assert path.is_file()


def test_an_export_holds_the_header_and_one_row_per_sku_sorted(exports: Path) -> None:
    path = export_stock(STOCK, TUESDAY, exports)

    assert path.read_bytes() == b"sku,quantity\nEGGS,0\nMILK,30\nTEA-80,12\n"


def test_an_export_creates_its_folder_and_parents(tmp_path: Path) -> None:
    folder = tmp_path / "2026" / "march"

    path = export_stock(STOCK, TUESDAY, folder)

    assert path.parent == folder


def test_without_a_folder_the_export_goes_to_exports_in_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)

    path = export_stock(STOCK, TUESDAY)

    assert path.resolve() == tmp_path / "exports" / "stock-2026-03-24.csv"


def test_a_negative_quantity_is_refused_and_nothing_is_written(exports: Path) -> None:
    with pytest.raises(ValueError):
        export_stock({"MILK": 30, "TEA-80": -1}, TUESDAY, exports)

    assert not (exports / "stock-2026-03-24.csv").exists()


def test_a_second_export_of_a_day_is_refused_and_keeps_the_first(exports: Path) -> None:
    first = export_stock({"MILK": 30}, TUESDAY, exports)

    with pytest.raises(FileExistsError):
        export_stock({"MILK": 29}, TUESDAY, exports)

    assert read_stock(first) == {"MILK": 30}


def test_an_export_reads_back_with_whole_number_quantities(exports: Path) -> None:
    path = export_stock(STOCK, TUESDAY, exports)

    assert read_stock(path) == STOCK


def test_prune_keeps_the_most_recent_days_and_other_files(exports: Path) -> None:
    for day in (22, 23, 24):
        export_stock(STOCK, date(2026, 3, day), exports)
    notes = exports / "notes.txt"
    notes.write_text("count the eggs again", encoding="utf-8")

    deleted = prune(exports, keep=2)

    assert deleted == 1
    assert sorted(p.name for p in exports.iterdir()) == [
        "notes.txt",
        "stock-2026-03-23.csv",
        "stock-2026-03-24.csv",
    ]
