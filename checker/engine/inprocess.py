"""Run pytest in this very process: the runner for Pyodide, in the course site's browser.

Pyodide (``sys.platform == "emscripten"``) has no ``fork`` and no subprocesses, so the
runs of :func:`checker.engine.run.execute_many` happen here, one after the other, each
as :func:`checker.engine.child.run` would do it in a process of its own: in the spec's
folder, with the spec's environment and temporary folder, with the modules of the
previous run forgotten, the probes and the :class:`~checker.engine.plugin.Recorder` in
place, and the record read back with :func:`checker.engine.results.read`. Everything the
run changed in this process (the folder, ``sys.path``, the environment, the probes) is
put back afterwards.

What this runner cannot do is stop a run: there is no other process to kill it. The
browser runs it in a Web Worker and ends the worker when a run outlasts its time (see
``browser/worker.js``); :data:`listener` tells the page when each run and each test
starts, so that it knows what was running. ``CHECKER_RUNNER=inprocess`` chooses it
elsewhere, which the project's tests use to compare it with the other runners.
"""

from __future__ import annotations

import contextlib
import gc
import io
import os
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterator
from typing import Any

from checker.engine import results
from checker.engine.results import RunResult
from checker.engine.spec import RunSpec, forget_local_modules

MAX_OUTPUT = 20_000

# Called with ("run", {"results": path}) before each run and ("test", {"nodeid": id})
# when a test starts: the browser's worker passes these on to the page.
Listener = Callable[[str, dict[str, Any]], None]
listener: Listener | None = None


def _tell(kind: str, **details: Any) -> None:
    if listener is not None:
        listener(kind, details)


class _Announcer:
    """A pytest plugin that tells the listener which test starts."""

    def pytest_runtest_logstart(self, nodeid: str) -> None:
        _tell("test", nodeid=nodeid)


@contextlib.contextmanager
def _as_if_alone(spec: RunSpec) -> Iterator[io.StringIO]:
    """This process set up as a fresh worker for ``spec``, and restored afterwards."""
    saved_cwd = os.getcwd()
    saved_path = list(sys.path)
    saved_argv = list(sys.argv)
    saved_environ = dict(os.environ)
    saved_sleep = time.sleep
    saved_bytecode = sys.dont_write_bytecode
    output = io.StringIO()
    try:
        for name in list(os.environ):
            if name.startswith(("CHECKER_", "PYTEST_", "COV_CORE_")) or name in spec.unset:
                del os.environ[name]
        os.environ["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
        os.environ["TMPDIR"] = str(spec.tmpdir)
        os.environ.update(spec.environment)
        tempfile.tempdir = None
        sys.dont_write_bytecode = True
        forget_local_modules()
        os.chdir(spec.workdir)
        here = str(spec.workdir)
        sys.path[:] = [here] + [p for p in saved_path if p not in ("", ".", saved_cwd, here)]
        sys.argv = ["pytest"]
        with (
            warnings.catch_warnings(),
            contextlib.redirect_stdout(output),
            contextlib.redirect_stderr(output),
        ):
            warnings.resetwarnings()
            for category in (ResourceWarning, ImportWarning, PendingDeprecationWarning):
                warnings.simplefilter("ignore", category)
            warnings.simplefilter("ignore", DeprecationWarning)
            warnings.filterwarnings("default", category=DeprecationWarning, module="__main__")
            yield output
    finally:
        os.chdir(saved_cwd)
        sys.path[:] = saved_path
        sys.argv = saved_argv
        os.environ.clear()
        os.environ.update(saved_environ)
        tempfile.tempdir = None
        time.sleep = saved_sleep
        sys.dont_write_bytecode = saved_bytecode
        forget_local_modules()


def _calls_are_no_fixtures() -> None:
    """Keep pytest's search for fixtures hidden behind wrappers away from mock's ``call``.

    pytest follows each module-level name's ``__wrapped__`` attributes, and
    ``unittest.mock.call`` answers every attribute with a new call, so the search goes a
    thousand links deep before it gives up. CPython's stack takes that; a browser's does
    not ("Maximum call stack size exceeded"), so a test file that imports ``call`` could
    not be collected there. A call is never a fixture: skipping it changes no run.
    """
    from unittest import mock

    from _pytest.fixtures import FixtureManager

    search = getattr(FixtureManager, "_find_wrapped_fixture_def", None)
    if search is None or getattr(search, "skips_calls", False):
        return

    def without_calls(self: FixtureManager, obj: object) -> object:
        return None if type(obj) is mock._Call else search(self, obj)

    without_calls.skips_calls = True  # type: ignore[attr-defined]
    FixtureManager._find_wrapped_fixture_def = without_calls  # type: ignore[assignment,method-assign]


def _run(spec: RunSpec) -> tuple[int | None, str]:
    """One run of pytest as the spec says: pytest's exit code and what it printed."""
    import pytest

    from checker.engine import probes
    from checker.engine.measure import coverage_start, coverage_write
    from checker.engine.plugin import Recorder

    code: int | None = None
    with _as_if_alone(spec) as output, probes.undone():
        try:
            cov = coverage_start(spec)
            recorder = Recorder(spec.results, spec.workdir, spec.allowed_hooks)
            probes.install(recorder)
            if spec.forbid_sleep:
                from checker.engine import sleep_guard

                sleep_guard.forbid(recorder)
            plugins: list[object] = [recorder, _Announcer()]
            code = int(pytest.main(spec.pytest_args(), plugins=plugins))
            if cov is not None:
                coverage_write(cov, spec)
        except BaseException as error:  # a test that raises SystemExit, KeyboardInterrupt...
            print(f"checker: the run stopped: {error!r}", file=output)
    return code, output.getvalue()


def execute_many(specs: list[RunSpec]) -> list[RunResult]:
    """Run every spec in turn, in this process; see the module's docstring."""
    found: list[RunResult] = []
    _calls_are_no_fixtures()
    # What is imported by now (pytest, the checker, coverage) stays: the collections that
    # pytest asks for at the end of every run need not walk it each time.
    gc.collect()
    gc.freeze()
    for spec in specs:
        spec.results.unlink(missing_ok=True)
        _tell("run", results=str(spec.results))
        code, text = _run(spec)
        result = results.read(spec.results)
        result.returncode = code
        result.output = text[:MAX_OUTPUT]
        result.output_truncated = len(text) > MAX_OUTPUT
        spec.output.write_text(result.output, encoding="utf-8")
        found.append(result)
    return found
