"""Receipts on disk, each test in a folder pytest makes and cleans up."""

from __future__ import annotations

from pathlib import Path

import pytest

from receipts import save_receipt


# --8<-- [start:tmp-path]
def test_a_receipt_lists_each_line_with_its_quantity(tmp_path: Path) -> None:
    path = save_receipt(17, [("TEA-80", 2), ("MILK", 1)], tmp_path)

    assert path == tmp_path / "receipt-17.txt"
    assert path.read_text(encoding="utf-8") == "2 x TEA-80\n1 x MILK\n"


def test_a_receipt_is_never_overwritten(tmp_path: Path) -> None:
    first = save_receipt(17, [("TEA-80", 2)], tmp_path)

    with pytest.raises(FileExistsError):
        save_receipt(17, [("MILK", 1)], tmp_path)

    assert first.read_text(encoding="utf-8") == "2 x TEA-80\n"
# --8<-- [end:tmp-path]


# --8<-- [start:chdir]
def test_a_relative_folder_is_taken_from_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)

    save_receipt(17, [("EGGS", 6)], Path("receipts"))

    assert (tmp_path / "receipts" / "receipt-17.txt").is_file()
# --8<-- [end:chdir]
