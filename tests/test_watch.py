"""``checker watch`` driven for real in a pseudo-terminal: results, saves, keys, clean exits."""

from __future__ import annotations

import dataclasses
import io
import json
import re
import shlex
import signal
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pexpect
import pytest
from pexpect.popen_spawn import PopenSpawn
from rich.console import Console

from checker.course import exercise as files
from checker.course.catalogue import Catalogue
from checker.engine.grade import grade
from checker.learner import state, watch
from checker.learner.state import State
from checker.learner.watch import check, events, keys, session

REPOSITORY = Path(__file__).resolve().parent.parent
# The `checker` command as learners type it (the console script), where it is installed.
_SCRIPT = Path(sys.executable).with_name("checker")
CHECKER = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "checker"]

Start = Callable[..., pexpect.spawn]
Solve = Callable[[str], None]
WRONG_GREETING = "import pytest\n\n@pytest.fixture\ndef greeting():\n    return 'nope'\n"


@pytest.fixture
def environment() -> dict[str, str]:
    """What the watch process sees: this repository's checker, a terminal, no colours."""
    return {
        "PATH": "/usr/bin:/bin",
        "PYTHONPATH": str(REPOSITORY),
        "TERM": "xterm",
        "NO_COLOR": "1",
    }


@pytest.fixture
def start(course: Path, environment: dict[str, str]) -> Iterator[Start]:
    """Start ``checker watch ARGS`` in a pseudo-terminal in the course; end it afterwards.

    With ``then``, a shell runs watch and then that command, to see what watch left behind.
    """
    children: list[pexpect.spawn] = []

    def start(*args: str, then: str | None = None) -> pexpect.spawn:
        command = [*CHECKER, "watch", *args]
        if then is not None:
            # The shell traps Ctrl-C (its children still get it) to outlive watch.
            script = f'trap : INT; {shlex.join(command)}; echo "watch exited with $?"; {then}'
            command = ["/bin/sh", "-c", script]
        child = pexpect.spawn(
            command[0],
            command[1:],
            cwd=str(course),
            env=environment,
            encoding="utf-8",
            timeout=30,
            dimensions=(50, 200),
        )
        children.append(child)
        return child

    yield start
    for child in children:
        child.close(force=True)


def _result(child: pexpect.spawn) -> None:
    """Wait for the end of a check's result on the screen."""
    child.expect_exact("Keys: n next")


def _quit(child: pexpect.spawn) -> int:
    child.send("q")
    child.expect(pexpect.EOF)
    child.close()
    return int(child.exitstatus)


def test_watch_shows_the_exercise_its_result_and_the_progress_bar(start: Start) -> None:
    child = start()
    child.expect_exact("Checking exercise 1 (Test the adder)")
    child.expect_exact("Exercise 1: Test the adder")
    child.expect_exact("✓ Valid: your 1 test passes on every correct version.")
    child.expect_exact("absolute: escaped. Hint: Signs: what about negative numbers?")
    child.expect_exact("0/3 exercises done")
    child.expect_exact("Watching exercises/01_adding: save a file to check it again.")
    _result(child)
    assert _quit(child) == 0


def test_saving_a_file_of_the_exercise_checks_it_again(start: Start, course: Path) -> None:
    child = start("2")
    child.expect_exact("fixture 'greeting' not found")
    _result(child)
    (course / "exercises" / "02_greeting" / "conftest.py").write_text(WRONG_GREETING)
    child.expect_exact("Checking exercise 2 (A fixture)")
    # pytest's own introspection of the failing assertion.
    child.expect_exact("AssertionError: assert 'nope' == 'Welcome to the shop'")
    _result(child)
    assert _quit(child) == 0


def test_a_syntax_error_shows_the_file_the_line_and_pythons_message(
    start: Start, course: Path
) -> None:
    child = start("2")
    _result(child)
    (course / "exercises" / "02_greeting" / "conftest.py").write_text("def greeting(:\n")
    child.expect_exact("Python cannot read conftest.py, line 1: invalid syntax.")
    _result(child)
    assert "Traceback" not in child.before
    assert _quit(child) == 0


def test_a_save_during_a_check_is_checked_when_that_check_ends(start: Start, course: Path) -> None:
    child = start("1")  # a check of exercise 1 lasts over a second: a planted bug hangs
    child.expect_exact("Checking exercise 1")
    tests = course / "exercises" / "01_adding" / "test_adder.py"
    tests.write_text("from adder import add\n\ndef test_wrong():\n    assert add(2, 2) == 5\n")
    child.expect_exact("Your files changed during the check: checking them again.")
    child.expect_exact("assert 4 == 5")
    _result(child)
    assert _quit(child) == 0


def test_a_test_that_writes_into_its_folder_leaves_the_learners_folder_alone(
    start: Start, course: Path
) -> None:
    # Tests run in a copy of the exercise, so what they write never reaches the learner's
    # folder, and never looks like a save.
    folder = course / "exercises" / "02_greeting"
    (folder / "test_writes.py").write_text(
        "import time\n\ndef test_writes():\n    open('written.txt', 'w').write(str(time.time()))\n"
    )
    child = start("2")
    _result(child)
    time.sleep(0.5)  # another check would start within a tenth of a second
    child.send("q")
    child.expect(pexpect.EOF)
    assert "Checking exercise" not in child.before
    assert not (folder / "written.txt").exists()


def test_a_save_that_changes_nothing_starts_no_check(start: Start, course: Path) -> None:
    child = start("3")
    _result(child)
    ini = course / "exercises" / "03_collecting" / "pytest.ini"
    ini.write_text(ini.read_text())
    time.sleep(0.5)  # a check would start within a tenth of a second of the event
    child.send("q")
    child.expect(pexpect.EOF)
    assert "Checking exercise" not in child.before


def test_a_done_exercise_hands_over_to_the_next_one_not_done(
    start: Start, solve: Solve, course: Path
) -> None:
    child = start("2")
    _result(child)
    solve("02_greeting")
    child.expect_exact("✓ Exercise 2 is done. On to exercise 3: Collect the checks.")
    child.expect_exact("Exercise 3: Collect the checks")
    child.expect_exact("1/3 exercises done")
    _result(child)
    assert _quit(child) == 0
    record = json.loads((course / "progress.json").read_text())["exercises"]["02_greeting"]
    assert record["status"] == "done"
    assert record["hash"] == files.content_hash(course / "exercises" / "02_greeting")


def _record_done(catalogue: Catalogue, *numbers: int) -> None:
    """Write progress that says these exercises are done as their files are now."""
    progress = State()
    for number in numbers:
        exercise = catalogue.exercise(number)
        progress.record(exercise.folder, True, files.content_hash(exercise.path))
    state.save(catalogue.root, progress)


def test_when_the_last_exercise_is_done_watch_says_so_and_ends(
    start: Start, solve: Solve, catalogue: Catalogue
) -> None:
    solve("01_adding")
    solve("03_collecting")
    _record_done(catalogue, 1, 3)
    child = start()
    child.expect_exact("Exercise 2: A fixture")
    _result(child)
    solve("02_greeting")
    child.expect_exact("3/3 exercises done")
    child.expect_exact("Every exercise is done. Well tested!")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_h_shows_one_more_hint_each_time_even_during_a_check(start: Start) -> None:
    child = start("1")
    child.expect_exact("Checking exercise 1")
    child.send("h")
    # NO_COLOR takes the colours away, not the bold: match the text on either side of it.
    child.expect_exact("Hint 1 of 2:")
    child.expect_exact("Think about negative numbers.")
    child.expect_exact("Press h again for hint 2.")
    child.send("h")
    child.expect_exact("Hint 2 of 2:")
    child.expect_exact("And about strings.")
    child.expect_exact("That is every hint")
    assert _quit(child) == 0


def test_l_lists_every_exercise_with_the_current_one_marked(start: Start) -> None:
    child = start("3")
    _result(child)
    child.send("l")
    child.expect_exact("Chapter 1: Basics")
    child.expect_exact("➜")
    child.expect_exact("3  Collect the checks")
    child.expect_exact("0/3 exercises done")
    assert _quit(child) == 0


def test_n_moves_to_the_next_exercise_not_done_and_wraps_around(start: Start) -> None:
    child = start("2")
    _result(child)
    child.send("n")
    child.expect_exact("Exercise 3: Collect the checks")
    _result(child)
    child.send("n")
    child.expect_exact("Checking exercise 1 (Test the adder)")
    assert _quit(child) == 0  # q does not wait for the check to end


def test_r_checks_the_exercise_again(start: Start) -> None:
    child = start("3")
    _result(child)
    child.send("r")
    child.expect_exact("Checking exercise 3")
    _result(child)
    assert _quit(child) == 0


def test_x_then_y_resets_the_exercise_and_names_the_backup(start: Start, shipped: Path) -> None:
    conftest = shipped / "exercises" / "02_greeting" / "conftest.py"
    original = conftest.read_text()
    conftest.write_text(WRONG_GREETING)
    child = start("2")
    _result(child)
    child.send("x")
    child.expect_exact("Reset exercise 2 to its files as shipped?")
    child.send("y")
    child.expect_exact("Your files are saved in backups/02_greeting-")
    child.expect_exact("Exercise 2 is as shipped again")
    child.expect_exact("fixture 'greeting' not found")
    _result(child)
    assert _quit(child) == 0
    assert conftest.read_text() == original
    [backup] = (shipped / "backups").iterdir()
    assert (backup / "conftest.py").read_text() == WRONG_GREETING


def test_x_then_another_key_keeps_the_files(start: Start, shipped: Path) -> None:
    conftest = shipped / "exercises" / "02_greeting" / "conftest.py"
    conftest.write_text(WRONG_GREETING)
    child = start("2")
    _result(child)
    child.send("x")
    child.expect_exact("[y/N]")
    child.send("n")
    child.expect_exact("Not reset: your files are as they were.")
    assert _quit(child) == 0
    assert conftest.read_text() == WRONG_GREETING
    assert not (shipped / "backups").exists()


SANE = "stty -a"


def _terminal_is_sane(settings: str) -> bool:
    words = settings.split()
    return "icanon" in words and "echo" in words and "-icanon" not in words


def test_q_quits_with_exit_code_0_and_the_terminal_as_it_was(start: Start) -> None:
    child = start("3", then=SANE)
    _result(child)
    child.send("q")
    child.expect_exact("Stopped watching. Your progress is saved in progress.json.")
    child.expect_exact("watch exited with 0")
    child.expect(pexpect.EOF)
    assert _terminal_is_sane(child.before)


def test_ctrl_c_quits_with_exit_code_130_and_the_terminal_as_it_was(start: Start) -> None:
    child = start("3", then=SANE)
    _result(child)
    child.sendintr()
    child.expect_exact("Stopped watching.")
    child.expect_exact("watch exited with 130")
    child.expect(pexpect.EOF)
    assert _terminal_is_sane(child.before)


@pytest.mark.parametrize("how", ["q", "Ctrl-C"])
def test_leaving_during_a_check_leaves_no_test_running(
    start: Start, course: Path, how: str, is_running: Callable[[int], bool]
) -> None:
    pid_file = course / "test.pid"
    (course / "exercises" / "02_greeting" / "test_naps.py").write_text(
        "import os, time\n\ndef test_naps():\n"
        f"    open({str(pid_file)!r}, 'w').write(str(os.getpid()))\n"
        "    time.sleep(60)\n"
    )
    child = start("2", then="true")
    deadline = time.monotonic() + 30
    while not pid_file.exists() or not pid_file.read_text():
        assert time.monotonic() < deadline, "the test never started"
        time.sleep(0.05)
    if how == "Ctrl-C":
        child.sendintr()
    else:
        child.send("q")
    child.expect_exact("Stopped watching.")
    child.expect(pexpect.EOF)
    pid = int(pid_file.read_text())
    deadline = time.monotonic() + 5
    while is_running(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not is_running(pid)


def test_without_a_terminal_watch_still_checks_on_each_save_in_plain_text(
    course: Path, environment: dict[str, str]
) -> None:
    environment.pop("NO_COLOR")
    child = PopenSpawn(
        [*CHECKER, "watch", "2"],
        cwd=str(course),
        env=environment,
        encoding="utf-8",
        timeout=30,
    )
    child.expect_exact("Watching exercises/02_greeting: save a file to check it again.")
    (course / "exercises" / "02_greeting" / "conftest.py").write_text(WRONG_GREETING)
    child.expect_exact("assert 'nope' == 'Welcome to the shop'")
    child.expect_exact("save a file to check it again.")
    child.kill(signal.SIGTERM)
    child.expect(pexpect.EOF)
    everything = child.before
    assert child.wait() == 130
    child.proc.stdin.close()
    child.proc.stdout.close()
    assert "Keys:" not in everything and "\x1b" not in everything


def test_a_done_exercise_is_said_to_be_done_once_and_stays_on_screen(
    course: Path, environment: dict[str, str], solve: Solve
) -> None:
    child = PopenSpawn(
        [*CHECKER, "watch", "2"], cwd=str(course), env=environment, encoding="utf-8", timeout=30
    )
    child.logfile_read = io.StringIO()
    child.expect_exact("save a file to check it again.")
    solve("02_greeting")
    child.expect_exact("On to exercise 3: Collect the checks.")
    child.expect_exact("Watching exercises/03_collecting")
    child.kill(signal.SIGTERM)
    child.expect(pexpect.EOF)
    everything = child.logfile_read.getvalue()
    child.wait()
    child.proc.stdin.close()
    child.proc.stdout.close()
    assert everything.count("Exercise 2 is done") == 1, everything


def test_in_a_narrow_terminal_hints_wrap_between_words(start: Start, course: Path) -> None:
    child = pexpect.spawn(
        CHECKER[0],
        [*CHECKER[1:], "hint", "1"],
        cwd=str(course),
        env={
            "PATH": "/usr/bin:/bin",
            "PYTHONPATH": str(REPOSITORY),
            "TERM": "xterm",
            "NO_COLOR": "1",
        },
        encoding="utf-8",
        timeout=30,
        dimensions=(24, 20),
    )
    child.expect(pexpect.EOF)
    plain = re.sub(r"\x1b\[[0-9;]*m", "", str(child.before))
    lines = [line.rstrip() for line in plain.splitlines() if line.strip()]
    words = ["Hint", "1", "of", "2:", "Think", "about", "negative", "numbers."]
    assert " ".join(" ".join(lines).split()[: len(words)]) == " ".join(words)
    assert all(len(line) <= 20 for line in lines), lines


def test_poll_checks_every_second_and_still_sees_a_save(start: Start, course: Path) -> None:
    child = start("2", "--poll")
    child.expect_exact("Checking for changes every second, as --poll asks.")
    child.expect_exact("Watching exercises/02_greeting (checking every second)")
    _result(child)
    (course / "exercises" / "02_greeting" / "conftest.py").write_text(WRONG_GREETING)
    child.expect_exact("assert 'nope' == 'Welcome to the shop'")
    assert _quit(child) == 0


class Typed(keys.Keys):
    """Keys typed ahead, one per call, as a learner at the keyboard would."""

    def __init__(self, *keys: str) -> None:
        self.keys = list(keys)

    def read(self) -> str:
        return self.keys.pop(0) if self.keys else ""


def test_where_file_events_do_not_arrive_watch_polls_and_says_so(
    catalogue: Catalogue, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(session, "file_events_arrive", lambda place: False)
    screen = io.StringIO()
    code = watch.watch(catalogue, Console(file=screen), 3, keys=Typed("q"))
    assert code == 0
    said = screen.getvalue()
    assert "File events do not arrive here; checking for changes every second instead." in said
    assert said.index(events.POLLING) < said.index("Checking exercise 3")


def test_file_events_arrive_in_a_local_folder_and_the_probe_leaves_nothing(
    tmp_path: Path,
) -> None:
    assert events.file_events_arrive(tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_the_json_of_check_rebuilds_the_same_verdict(catalogue: Catalogue) -> None:
    verdict = grade(catalogue.exercise(3))
    data = json.loads(json.dumps(dataclasses.asdict(verdict)))
    data["thorough"] = verdict.thorough
    assert check.verdict_from_json(data) == verdict
