"""Tidying what pytest says about a learner's file: their frames stay, the machinery goes."""

from __future__ import annotations

from pathlib import Path

from checker.learner.messages import tidy

FOLDER = Path("/course/exercises/01_adding")

IMPORT_ERROR = """\
ImportError while importing test module '/course/exercises/01_adding/test_adder.py'.
Hint: make sure your test modules/packages have valid Python names.
Traceback:
/usr/lib/python3.11/importlib/__init__.py:126: in import_module
    return _bootstrap._gcd_import(name[level:], package, level)
           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
test_adder.py:1: in <module>
    import no_such_thing
E   ModuleNotFoundError: No module named 'no_such_thing'"""


def test_an_import_error_starts_at_the_learners_file_with_pythons_message() -> None:
    assert tidy(IMPORT_ERROR, FOLDER) == (
        "ImportError while importing test module '/course/exercises/01_adding/test_adder.py'.\n"
        "Traceback:\n"
        "test_adder.py:1: in <module>\n"
        "    import no_such_thing\n"
        "E   ModuleNotFoundError: No module named 'no_such_thing'"
    )


def test_frames_after_the_learners_first_frame_stay_wherever_they_are() -> None:
    text = (
        "test_adder.py:3: in <module>\n"
        "    json.loads('{')\n"
        "/usr/lib/python3.11/json/__init__.py:346: in loads\n"
        "    return _default_decoder.decode(s)\n"
        "E   json.decoder.JSONDecodeError: Expecting property name"
    )
    assert tidy(text, FOLDER) == text


def test_a_frame_in_the_learners_folder_by_its_full_path_counts_as_theirs() -> None:
    text = "/lib/x.py:1: in f\n    g()\n/course/exercises/01_adding/a.py:2: in g\n    h()\nE   E"
    assert tidy(text, FOLDER) == "/course/exercises/01_adding/a.py:2: in g\n    h()\nE   E"


def test_a_traceback_with_no_frame_in_the_folder_is_left_whole() -> None:
    text = "/usr/lib/python3.11/importlib/__init__.py:126: in import_module\n    x\nE   Boom"
    assert tidy(text, FOLDER) == text


def test_text_without_a_traceback_is_unchanged() -> None:
    text = "test_adder.py::test_wrong fails on the reference.\nE   assert 4 == 5"
    assert tidy(text, FOLDER) == text
