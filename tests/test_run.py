"""Running pytest in a process of its own: limits, timeouts and clean endings, both ways."""

from __future__ import annotations

import sys
import textwrap
import time
import types
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from checker.engine import run
from checker.engine import spec as spec_module
from checker.engine.results import RunResult
from checker.engine.spec import RunSpec

Execute = Callable[..., RunResult]


@pytest.fixture(params=["fork", "spawn"])
def runner(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Each test runs once with a forked child and once with a fresh interpreter."""
    monkeypatch.setenv("CHECKER_RUNNER", request.param)
    yield request.param


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """An empty folder for one run's test files."""
    path = tmp_path / "exercise"
    path.mkdir()
    return path


@pytest.fixture
def execute(folder: Path, tmp_path: Path, runner: str) -> Execute:
    """Write a test file into the folder and run it with the chosen runner."""

    def execute(source: str, timeout: float = 10.0) -> RunResult:
        (folder / "test_it.py").write_text(textwrap.dedent(source))
        temporary = tmp_path / "tmp"
        temporary.mkdir(exist_ok=True)
        spec = RunSpec(
            workdir=folder,
            results=tmp_path / "results.jsonl",
            output=tmp_path / "output.txt",
            status=tmp_path / "status.json",
            tmpdir=temporary,
            timeout=timeout,
        )
        return run.execute(spec)

    return execute


def test_a_passing_run_reports_its_tests_and_pytests_exit_code(execute: Execute) -> None:
    result = execute("def test_fine(): assert 2 + 2 == 4")
    assert result.all_passed()
    assert result.returncode == 0 and result.exitstatus == 0


def test_a_test_that_never_ends_is_a_timeout_that_names_it(execute: Execute) -> None:
    started = time.monotonic()
    result = execute(
        """
        def test_first(): pass
        def test_spins():
            while True:
                pass
        """,
        timeout=5.0,
    )
    assert result.timed_out
    assert result.running == "test_it.py::test_spins"
    assert time.monotonic() - started < 60  # the test would spin for ever without the limit


def test_a_sleeping_test_is_stopped_by_the_wall_clock(execute: Execute) -> None:
    # Far longer than its limit, and the limit long enough to start pytest on a busy machine.
    result = execute("import time\ndef test_naps(): time.sleep(600)", timeout=5.0)
    assert result.timed_out and result.running == "test_it.py::test_naps"


def test_os_exit_in_a_test_ends_the_run_early_without_passing_it(execute: Execute) -> None:
    result = execute("import os\ndef test_leaves(): os._exit(0)")
    assert result.ended_early and not result.all_passed()
    assert result.running == "test_it.py::test_leaves"
    assert "test_it.py::test_leaves" not in result.tests


def test_sys_exit_in_a_test_is_a_failure(execute: Execute) -> None:
    result = execute("import sys\ndef test_exits(): sys.exit(0)")
    assert result.finished
    assert result.tests["test_it.py::test_exits"].outcome == "failed"


def test_long_output_is_cut_and_marked(execute: Execute) -> None:
    result = execute("def test_chatty():\n    print('x' * 100_000)\n    assert False")
    assert result.output_truncated
    assert len(result.output) == run.MAX_OUTPUT


def test_a_subprocess_left_behind_is_killed_with_the_run(
    execute: Execute, folder: Path, is_running: Callable[[int], bool]
) -> None:
    pid_file = folder / "child.pid"
    execute(
        f"""
        import subprocess
        def test_spawns():
            child = subprocess.Popen(["sleep", "300"])
            open({str(pid_file)!r}, "w").write(str(child.pid))
        """
    )
    pid = int(pid_file.read_text())
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and is_running(pid):
        time.sleep(0.05)
    assert not is_running(pid)


def test_the_run_cannot_see_the_checkers_variables(
    execute: Execute, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CHECKER_SECRET", "x")
    result = execute("import os\ndef test_env(): assert 'CHECKER_SECRET' not in os.environ")
    assert result.all_passed()


def test_plugins_are_not_autoloaded(execute: Execute) -> None:
    result = execute(
        "import os\ndef test_env(): assert os.environ['PYTEST_DISABLE_PLUGIN_AUTOLOAD'] == '1'"
    )
    assert result.all_passed()


def test_the_course_configuration_does_not_leak_into_an_exercise(execute: Execute) -> None:
    # The course's own pyproject.toml turns warnings into errors; an exercise without a
    # configuration of its own must get pytest's defaults instead.
    result = execute("import warnings\ndef test_warns(): warnings.warn('only a warning')")
    assert result.all_passed()


def test_imports_of_a_folder_leave_out_its_own_modules(folder: Path) -> None:
    (folder / "shop.py").write_text("import json\n")
    (folder / "test_shop.py").write_text("import shop\nimport pytest\nfrom flask import Flask\n")
    assert run.imports_of(folder) == {"json", "pytest", "flask"}


def test_a_module_the_parent_imported_does_not_shadow_the_exercises_own(
    execute: Execute, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The checker's process may hold a local package named `tests` (a project's own test
    # suite does); the exercise has one of its own that must win.
    elsewhere = tmp_path / "elsewhere" / "tests"
    parents_own = types.ModuleType("tests")
    parents_own.__file__ = str(elsewhere / "__init__.py")
    parents_own.__path__ = [str(elsewhere)]
    monkeypatch.setitem(sys.modules, "tests", parents_own)
    (folder / "tests").mkdir()
    (folder / "tests" / "__init__.py").write_text("GREETING = 'hello from the exercise'\n")
    result = execute(
        "from tests import GREETING\n"
        "def test_greets(): assert GREETING == 'hello from the exercise'\n"
    )
    assert result.all_passed(), result.output


@pytest.fixture
def modules_put_back() -> Iterator[None]:
    """sys.modules as it was before the test: forgetting local modules here would
    otherwise drop this test suite's own."""
    before = dict(sys.modules)
    yield
    sys.modules.clear()
    sys.modules.update(before)


def _module_at(name: str, place: Path) -> types.ModuleType:
    module = types.ModuleType(name)
    module.__file__ = str(place / f"{name}.py")
    return module


@pytest.mark.usefixtures("modules_put_back")
def test_a_local_module_is_forgotten_though_the_parent_remembered_what_it_had_installed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed = _module_at("probe_installed", Path(spec_module.installed_prefixes()[0]))
    local = _module_at("probe_local", tmp_path)
    sys.modules.update(probe_installed=installed, probe_local=local)
    monkeypatch.setattr(spec_module, "_KEPT", {})
    spec_module.remember_installed_modules()
    assert "probe_installed" in spec_module._KEPT
    assert "probe_local" not in spec_module._KEPT
    spec_module.forget_local_modules()
    assert sys.modules.get("probe_installed") is installed
    assert "probe_local" not in sys.modules


@pytest.mark.usefixtures("modules_put_back")
def test_a_module_put_in_place_of_a_remembered_one_is_looked_at_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A run's own module that takes the name of one the parent had installed (its
    # `tests`, say) is the run's: it goes before the next run like any other.
    installed = _module_at("probe_shared_name", Path(spec_module.installed_prefixes()[0]))
    sys.modules["probe_shared_name"] = installed
    monkeypatch.setattr(spec_module, "_KEPT", {})
    spec_module.remember_installed_modules()
    sys.modules["probe_shared_name"] = _module_at("probe_shared_name", tmp_path)
    spec_module.forget_local_modules()
    assert "probe_shared_name" not in sys.modules
