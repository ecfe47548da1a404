"""The progress file: round trips, atomic writes, stale results and damaged files."""

from __future__ import annotations

import json
import re
import threading
import time
from pathlib import Path

import pytest

from checker.learner import state
from checker.learner.state import State, StateError


def test_a_course_without_progress_starts_empty(tmp_path: Path) -> None:
    assert state.load(tmp_path) == State()


def test_progress_survives_a_save_and_a_load(tmp_path: Path) -> None:
    progress = State()
    progress.record("01_adding", True, "abc")
    progress.hints_seen["01_adding"] = 2
    state.save(tmp_path, progress)
    assert state.load(tmp_path) == progress


def test_saving_leaves_no_temporary_file_behind(tmp_path: Path) -> None:
    state.save(tmp_path, State())
    assert [p.name for p in tmp_path.iterdir()] == ["progress.json"]


def test_the_file_says_its_format_and_version(tmp_path: Path) -> None:
    state.save(tmp_path, State())
    data = json.loads((tmp_path / "progress.json").read_text())
    assert (data["format"], data["version"]) == ("pytest-course-progress", 1)


def test_a_done_exercise_whose_files_changed_is_pending_again() -> None:
    progress = State()
    progress.record("01_adding", True, "before")
    assert progress.status("01_adding", "before") == "done"
    assert progress.status("01_adding", "after") == "pending"


def test_an_exercise_never_checked_is_not_started() -> None:
    assert State().status("01_adding", "any") == "not started"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{broken", r"is not valid JSON \(line 1, column 2\)"),
        ('{"format": "someone-else"}', "is not a progress file of this course"),
        ('{"format": "pytest-course-progress", "version": 9}', "has version 9"),
        ('{"format": "pytest-course-progress", "version": 1, "exercises": {"x": 1}}', "is damaged"),
        ("[1, 2]", "is not a progress file"),
    ],
    ids=["not json", "foreign", "newer version", "damaged entry", "not an object"],
)
def test_an_unreadable_progress_file_is_explained_and_left_alone(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "progress.json"
    path.write_text(content)
    with pytest.raises(StateError, match=message) as raised:
        state.load(tmp_path)
    assert "Your exercises are untouched" in str(raised.value)
    assert not re.search(r"Error\b|\(\'|object|\[Errno", str(raised.value)), raised.value
    assert path.read_text() == content


def test_a_damaged_entry_is_described_without_pythons_exception_text(tmp_path: Path) -> None:
    (tmp_path / "progress.json").write_text(
        '{"format": "pytest-course-progress", "version": 1, "exercises": {"x": {"status": 1}}}'
    )
    with pytest.raises(StateError) as raised:
        state.load(tmp_path)
    assert "KeyError" not in str(raised.value) and "'hash'" not in str(raised.value)
    assert "each exercise needs a status, a hash and a date" in str(raised.value)


def test_a_hint_count_edited_below_zero_counts_as_none_seen(tmp_path: Path) -> None:
    (tmp_path / "progress.json").write_text(
        '{"format": "pytest-course-progress", "version": 1, "exercises": {}, '
        '"hints_seen": {"01_adding": -4}}'
    )
    progress = state.load(tmp_path)
    assert progress.next_hint("01_adding", 2) == 1
    progress.hints_seen["01_adding"] = -4
    assert progress.next_hint("01_adding", 2) == 1


def test_each_hint_asked_for_shows_one_more_up_to_the_last() -> None:
    progress = State()
    assert [progress.next_hint("01_adding", 2) for _ in range(3)] == [1, 2, 2]


def test_an_update_waits_for_the_one_under_way_so_neither_is_lost(tmp_path: Path) -> None:
    asked = threading.Event()

    def hint_meanwhile() -> None:  # as `checker watch` does while its check records
        asked.set()
        with state.updating(tmp_path) as progress:
            progress.next_hint("02_greeting", 1)

    with state.updating(tmp_path) as progress:
        other = threading.Thread(target=hint_meanwhile)
        other.start()
        asked.wait()
        time.sleep(0.1)  # without the lock the other update would load and save by now
        progress.record("01_adding", True, "abc")
    other.join(5)
    final = state.load(tmp_path)
    assert final.exercises["01_adding"].status == "done"
    assert final.hints_seen == {"02_greeting": 1}


def test_an_update_that_fails_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError), state.updating(tmp_path) as progress:
        progress.record("01_adding", True, "abc")
        raise RuntimeError("stopped half-way")
    assert not (tmp_path / "progress.json").exists()
