"""Run pytest in a process of its own, within limits, and read back what it did.

Two ways to get that process:

* **fork** (Linux, the default there): this process imports pytest and the heavy
  libraries an exercise uses once (:func:`warm_up`), then forks a child per run, so a
  run does not pay for the interpreter's start or for importing flask, sqlalchemy or
  boto3 again.
* **spawn** (elsewhere, or ``CHECKER_RUNNER=spawn``): a fresh ``python -m checker.engine.child``
  per run.

Either way the child sits in its own process group, which is killed whole at the end,
so a learner's stray subprocess does not outlive the run.

* **inprocess** (Pyodide in the browser, where there are no processes to start, or
  ``CHECKER_RUNNER=inprocess``): :mod:`checker.engine.inprocess` runs each spec in this
  process, one after the other; what holds the time limit is whoever runs this process.
"""

from __future__ import annotations

import ast
import contextlib
import functools
import gc
import importlib
import importlib.util
import inspect
import json
import os
import select
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from checker.engine import preconfig, results
from checker.engine.results import RunResult
from checker.engine.spec import RunSpec, installed_prefixes, remember_installed_modules

MAX_OUTPUT = 20_000
SUPERVISOR_GRACE = 10.0
# What every run imports: pytest and the parts of it that load later, the libraries those
# pull in, and the checker's own plugin and probes.
ALWAYS_WARM = (
    "pytest",
    "_pytest.python",
    "_pytest.fixtures",
    "_pytest.pytester",
    "_pytest.skipping",
    "_pytest.junitxml",
    "_pytest.unittest",
    "_pytest.debugging",
    "_pytest.logging",
    "pdb",
    "unittest",
    "unittest.mock",
    "xml.etree.ElementTree",
    "coverage",
)
CHECKER_WARM = ("checker.engine.plugin", "checker.engine.probes", "checker.engine.child")


def method() -> str:
    chosen = os.environ.get("CHECKER_RUNNER", "")
    if sys.platform == "emscripten":
        return "inprocess"
    if chosen in ("fork", "spawn", "inprocess"):
        return chosen
    return "fork" if sys.platform == "linux" else "spawn"


def _third_party(name: str) -> bool:
    """Whether ``name`` is a module installed in the environment (not an exercise file)."""
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return False
    if spec is None or spec.origin in (None, "built-in", "frozen"):
        return spec is not None
    return os.path.realpath(spec.origin).startswith(installed_prefixes())


def imports_of(folder: Path) -> set[str]:
    """Top-level names of the modules that the Python files in ``folder`` import."""
    names: set[str] = set()
    for path in folder.rglob("*.py"):
        try:
            tree = ast.parse(path.read_bytes())
        except (SyntaxError, ValueError, OSError):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module.split(".")[0])
    local = {p.stem for p in folder.iterdir()}
    return names - local


@functools.cache
def plugin_packages(plugins: tuple[str, ...]) -> tuple[str, ...]:
    """The top-level packages of the plugins named with ``-p``: by module, or by the
    name of an installed entry point (``asyncio`` is pytest-asyncio's)."""
    from importlib.metadata import entry_points  # 30 ms to import: only when asked

    points = {point.name: point.value for point in entry_points(group="pytest11")}
    found = {point.split(":")[0].split(".")[0] for name, point in points.items() if name in plugins}
    found |= {name.split(".")[0] for name in plugins if name not in points}
    return tuple(sorted(found))


def warm_up(folders: list[Path], plugins: tuple[str, ...] = ()) -> None:
    """Import what runs in these folders will need, once, before forking.

    A plugin's own package is left for pytest to import in the run, where pytest
    rewrites its asserts as it always does (see :func:`checker.engine.child.run`), but what
    it imports is warm.
    """
    if method() != "fork":
        return
    wanted = [*ALWAYS_WARM, *_pytest_plugins(), *plugin_packages(plugins)]
    for folder in folders:
        wanted += sorted(imports_of(folder))
    fresh = False
    for name in [*wanted, *CHECKER_WARM]:
        if name in sys.modules or (name not in CHECKER_WARM and not _third_party(name)):
            continue
        fresh = True
        try:
            importlib.import_module(name)
        except Exception:
            continue
    if fresh:
        _index_module_files()
        remember_installed_modules()
        # What is imported now stays as it is: children need not copy it on write
        # when the collector walks it.
        gc.collect()
        gc.freeze()


def _pytest_plugins() -> list[str]:
    """The modules of the plugins pytest loads in every run (and what they import on
    loading): left to each run, they were imported afresh in every one."""
    from _pytest.config import default_plugins

    return [f"_pytest.{name}" for name in default_plugins] + ["faulthandler", "readline"]


def _index_module_files() -> None:
    """Fill inspect's table of which file holds which module, for what is imported now.

    pytest asks inspect for a failing test's module when it shows the failure, and
    inspect builds that table on its first use by resolving the path of every module
    loaded (some 30 ms with flask, sqlalchemy and boto3 in memory): each run would pay
    that for its first failure. Built here once, a run adds only its own modules. Every
    run inherits the same table, so no run can be told from another by it.
    """
    inspect.getmodule(None, _filename=os.path.join(os.sep, "checker", "no-such-module.py"))


def _read_output(path: Path) -> tuple[str, bool]:
    try:
        with path.open("rb") as file:
            data = file.read(MAX_OUTPUT + 1)
    except FileNotFoundError:
        return "", False
    text = data[:MAX_OUTPUT].decode("utf-8", errors="replace")
    return text, len(data) > MAX_OUTPUT


def _kill_group(pgid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGKILL)


@dataclass
class _Running:
    """A started run: how to ask whether it ended, and how to collect it once killed."""

    spec: RunSpec
    pid: int
    deadline: float
    poll: Callable[[], int | None]
    reap: Callable[[], object]
    # A pidfd (Linux), readable once the process has ended: the loop sleeps on it
    # instead of polling, so a finished run is collected, and its slot reused, at once.
    handle: int = field(default=-1)

    def __post_init__(self) -> None:
        with contextlib.suppress(AttributeError, OSError):
            self.handle = os.pidfd_open(self.pid)

    def close(self) -> None:
        if self.handle >= 0:
            os.close(self.handle)
            self.handle = -1


def _pause(running: list[_Running], pause: float) -> None:
    """Wait until a run may have ended: on their pidfds where every run has one (at
    most until the nearest deadline), else a short sleep."""
    handles = [run.handle for run in running]
    if running and min(handles) >= 0:
        nearest = min(run.deadline for run in running) - time.monotonic()
        select.select(handles, [], [], max(0.0, min(nearest, 1.0)))
    else:
        time.sleep(pause)


def _start_fork(spec: RunSpec) -> _Running:
    preconfig.prepare(spec.pytest_args())
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:  # the supervisor: see checker.engine.child
        try:
            from checker.engine import child

            child.supervise(spec)
        finally:
            os._exit(70)

    def poll() -> int | None:
        done, status = os.waitpid(pid, os.WNOHANG)
        return os.waitstatus_to_exitcode(status) if done else None

    # The supervisor keeps the time itself; this is the limit should it fail to.
    deadline = time.monotonic() + spec.timeout + SUPERVISOR_GRACE
    return _Running(spec, pid, deadline, poll, lambda: os.waitpid(pid, 0))


def _start_spawn(spec: RunSpec) -> _Running:
    spec_file = spec.results.with_suffix(".spec.json")
    spec_file.write_text(spec.to_json(), encoding="utf-8")
    source = str(Path(__file__).resolve().parent.parent)
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [source, os.environ.get("PYTHONPATH")])),
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "checker.engine.child", str(spec_file)],
        start_new_session=True,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + spec.timeout
    return _Running(spec, process.pid, deadline, process.poll, process.wait)


def _status(spec: RunSpec) -> dict[str, object] | None:
    """What the supervisor wrote when it had cleaned up; None without a supervisor."""
    try:
        data = json.loads(spec.status.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _result(spec: RunSpec, code: int, timed_out: bool, supervised: bool) -> RunResult:
    result = results.read(spec.results, spec.workers)
    status = _status(spec) if supervised else None
    if supervised and status is None:
        # The supervisor did not finish: something in the run killed it.
        result.returncode = None
        result.supervisor_killed = True
    elif status is not None:
        worker = status.get("code")
        result.returncode = worker if isinstance(worker, int) else None
        timed_out = timed_out or bool(status.get("timed_out"))
        left = status.get("left_behind")
        result.left_behind = left if isinstance(left, int) else 0
    else:
        result.returncode = code
    result.timed_out = timed_out or (
        result.returncode in (-signal.SIGXCPU, -signal.SIGKILL) and not result.finished
    )
    result.output, result.output_truncated = _read_output(spec.output)
    return result


def default_jobs() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def execute_many(specs: list[RunSpec], jobs: int | None = None) -> list[RunResult]:
    """Run every spec, up to ``jobs`` at a time, each within its own time limit."""
    if method() == "inprocess":
        from checker.engine import inprocess

        return inprocess.execute_many(specs)
    start = _start_fork if method() == "fork" else _start_spawn
    waiting = list(specs)
    running: list[_Running] = []
    ended: dict[int, RunResult] = {}
    pause = 0.001
    try:
        while waiting or running:
            while waiting and len(running) < (jobs or default_jobs()):
                spec = waiting.pop(0)
                spec.results.unlink(missing_ok=True)
                spec.status.unlink(missing_ok=True)
                running.append(start(spec))
            for run in list(running):
                code = run.poll()
                timed_out = code is None and time.monotonic() > run.deadline
                if code is None and not timed_out:
                    continue
                _kill_group(run.pid)
                if timed_out:
                    run.reap()
                    code = -signal.SIGKILL
                assert code is not None
                supervised = start is _start_fork
                ended[id(run.spec)] = _result(run.spec, code, timed_out, supervised)
                running.remove(run)
                run.close()
                pause = 0.001
            if waiting and len(running) < (jobs or default_jobs()):
                continue
            _pause(running, pause)
            pause = min(pause * 2, 0.02)
    finally:
        # Interrupted (Ctrl-C, or `checker watch` stopping a check): each run sits in a
        # process group of its own that the terminal's signal does not reach, so end it
        # here, or a sleeping test would outlive the checker.
        for run in running:
            _kill_group(run.pid)
            with contextlib.suppress(ChildProcessError):
                run.reap()
            run.close()
    return [ended[id(spec)] for spec in specs]


def execute(spec: RunSpec) -> RunResult:
    """Run pytest as ``spec`` says and return what the plugin recorded."""
    return execute_many([spec])[0]
