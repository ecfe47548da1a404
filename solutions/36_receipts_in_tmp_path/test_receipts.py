"""Tests for receipts.py that any order and any number of workers leave alone.

Every test writes in its own `tmp_path`, which pytest makes fresh for it (and, under
xdist, below a folder of the worker's own), so no test sees another's receipts and no
run sees the last run's.
"""

from pathlib import Path

import pytest

from receipts import receipts_in, save_receipt


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """A folder for receipts that no other test, worker or run uses."""
    return tmp_path / "receipts"


def test_a_receipt_is_saved_under_the_order_id(archive: Path) -> None:
    path = save_receipt(archive, 17, [("MILK", 2, 95)])

    assert path == archive / "receipt-17.txt"
    assert path.is_file()


def test_a_receipt_has_a_line_per_item_and_the_total(archive: Path) -> None:
    path = save_receipt(archive, 1, [("MILK", 2, 95), ("TEA-80", 1, 1250), ("EGGS", 10, 30)])

    assert path.read_text(encoding="utf-8").splitlines() == [
        "MILK x2 €1.90",
        "TEA-80 x1 €12.50",
        "EGGS x10 €3.00",
        "TOTAL €17.40",
    ]


def test_amounts_under_ten_cents_keep_two_decimals(archive: Path) -> None:
    path = save_receipt(archive, 2, [("BAG", 1, 5)])

    assert path.read_text(encoding="utf-8").splitlines() == ["BAG x1 €0.05", "TOTAL €0.05"]


def test_missing_folders_are_created_on_the_way(tmp_path: Path) -> None:
    folder = tmp_path / "2026" / "december"

    save_receipt(folder, 3, [("BREAD", 1, 250)])

    assert receipts_in(folder) == [3]


def test_a_second_receipt_for_an_order_is_refused_and_the_first_kept(archive: Path) -> None:
    first = save_receipt(archive, 4, [("BREAD", 1, 250)])

    with pytest.raises(FileExistsError):
        save_receipt(archive, 4, [("COFFEE-400", 1, 599)])

    assert first.read_text(encoding="utf-8") == "BREAD x1 €2.50\nTOTAL €2.50\n"


def test_the_archive_lists_order_ids_as_numbers_smallest_first(archive: Path) -> None:
    for order_id in (10, 9, 100):
        save_receipt(archive, order_id, [("MILK", 1, 95)])

    assert receipts_in(archive) == [9, 10, 100]


def test_files_that_are_not_receipts_are_left_out(archive: Path) -> None:
    save_receipt(archive, 5, [("MILK", 1, 95)])
    (archive / "notes.txt").write_text("ring the supplier", encoding="utf-8")
    (archive / "stock-2026.txt").write_text("MILK 40", encoding="utf-8")

    assert receipts_in(archive) == [5]


def test_a_folder_that_does_not_exist_holds_no_receipts(tmp_path: Path) -> None:
    assert receipts_in(tmp_path / "nowhere") == []
