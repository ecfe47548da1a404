"""An exercise's files: which are the learner's, their hash, and the versions of the subject."""

from __future__ import annotations

from pathlib import Path

from checker.course import exercise as files
from checker.course.catalogue import Catalogue


def test_the_learners_files_leave_out_the_subject_and_locked_files(catalogue: Catalogue) -> None:
    adding, greeting = catalogue.exercise(1), catalogue.exercise(2)
    assert [p.name for p in files.learner_files(adding)] == ["test_adder.py"]
    assert [p.name for p in files.learner_files(greeting)] == ["conftest.py"]


def test_the_hash_changes_when_a_file_changes(catalogue: Catalogue) -> None:
    folder = catalogue.exercise(1).path
    before = files.content_hash(folder)
    (folder / "test_adder.py").write_text("# rewritten\n")
    assert files.content_hash(folder) != before


def test_the_hash_ignores_caches(catalogue: Catalogue) -> None:
    folder = catalogue.exercise(1).path
    before = files.content_hash(folder)
    (folder / "__pycache__").mkdir()
    (folder / "__pycache__" / "adder.cpython-311.pyc").write_bytes(b"\0")
    assert files.content_hash(folder) == before


def test_a_copy_leaves_caches_behind(catalogue: Catalogue, tmp_path: Path) -> None:
    folder = catalogue.exercise(1).path
    (folder / "__pycache__").mkdir()
    copied = files.copy(folder, tmp_path / "copy")
    assert not (copied / "__pycache__").exists()
    assert (copied / "adder.py").read_text() == (folder / "adder.py").read_text()


def test_a_planted_bug_is_the_subject_with_its_patch_applied(catalogue: Catalogue) -> None:
    adding = catalogue.exercise(1)
    subject = (adding.path / "adder.py").read_text()
    bug = files.version_text(adding, "bug", "absolute")
    assert bug != subject
    assert "abs(a) + abs(b)" in bug and "abs(" not in subject


def test_a_correct_version_is_its_own_file(catalogue: Catalogue) -> None:
    adding = catalogue.exercise(1)
    assert files.version_text(adding, "correct", "summed") == (
        adding.correct_file("summed").read_text()
    )
