"""The inside of one run: set limits, point output at a file, run pytest, leave.

This code runs either in a child forked from a warm checker process, or in a fresh
interpreter as ``python -m checker.child SPEC.json``. It never returns: it ends the
process with ``os._exit`` so that nothing of the learner's code outlives the run.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import resource
import signal
import sys
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

from checker.spec import RunSpec, installed_prefixes

if TYPE_CHECKING:
    from coverage import Coverage

CHECKER_VARIABLES = ("CHECKER_",)


def _limit(spec: RunSpec) -> None:
    cpu = max(1, int(spec.timeout))  # CPU seconds: never more than the wall clock allows
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    resource.setrlimit(resource.RLIMIT_FSIZE, (spec.max_file_bytes, spec.max_file_bytes))
    # Past the size limit a write fails with an error instead of killing the run.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    if spec.memory_bytes:
        resource.setrlimit(resource.RLIMIT_AS, (spec.memory_bytes, spec.memory_bytes))


def _redirect(output: Path) -> None:
    fd = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.dup2(fd, 1)
    os.dup2(fd, 2)
    os.close(fd)
    os.close(null)
    sys.stdin = io.TextIOWrapper(io.FileIO(0, "r", closefd=False))
    sys.stdout = io.TextIOWrapper(io.FileIO(1, "w", closefd=False), write_through=True)
    sys.stderr = io.TextIOWrapper(io.FileIO(2, "w", closefd=False), write_through=True)


def _fresh_warnings() -> None:
    """The warning filters of a new interpreter: a fork inherits whatever its parent set."""
    warnings.resetwarnings()
    for category in (ResourceWarning, ImportWarning, PendingDeprecationWarning, DeprecationWarning):
        warnings.simplefilter("ignore", category)
    warnings.filterwarnings("default", category=DeprecationWarning, module="__main__")


def _forget_local_modules() -> None:
    """Drop modules a forked child inherited that are neither installed nor the checker's.

    A parent that imported a module named ``tests`` or ``conftest`` (the project's own
    test suite does) would otherwise hand it to an exercise that has a module of that name.
    """
    prefixes = (*installed_prefixes(), os.path.join(os.path.dirname(os.path.abspath(__file__)), ""))
    for name, module in list(sys.modules.items()):
        if name in ("__main__", "__mp_main__"):
            continue  # the program itself: Python and pytest expect it to stay
        # A namespace package has no __file__, only the folders of its __path__.
        places = [getattr(module, "__file__", None) or "", *getattr(module, "__path__", [])]
        places = [place for place in places if place]
        if places and not any(place.startswith(prefixes) for place in places):
            del sys.modules[name]


def _environment(spec: RunSpec) -> None:
    for name in list(os.environ):
        if name.startswith(CHECKER_VARIABLES) or name.startswith("PYTEST_"):
            del os.environ[name]
    os.environ["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    os.environ["PYTHONDONTWRITEBYTECODE"] = "1"
    os.environ.update(spec.environment)
    sys.dont_write_bytecode = True
    _fresh_warnings()
    _forget_local_modules()
    os.chdir(spec.workdir)
    here = str(spec.workdir)
    sys.path[:] = [here] + [p for p in sys.path if p not in ("", ".", os.getcwd(), here)]
    sys.argv = ["pytest"]


def _coverage_start(spec: RunSpec) -> Coverage | None:
    if not spec.coverage_of:
        return None
    import coverage

    cov = coverage.Coverage(
        data_file=None,
        branch=True,
        include=[str(spec.workdir / spec.coverage_of)],
        config_file=False,
    )
    cov.start()
    return cov


def _coverage_write(cov: Coverage, spec: RunSpec) -> None:
    import coverage

    assert spec.coverage_of is not None
    cov.stop()
    try:
        percent = cov.report(file=io.StringIO())
        missing = cov.analysis2(str(spec.workdir / spec.coverage_of))[4]
    except coverage.CoverageException:
        percent, missing = 0.0, "the module was never imported"
    with spec.results.open("a", encoding="utf-8") as file:
        file.write(json.dumps({"event": "coverage", "percent": percent, "missing": missing}) + "\n")


def run(spec: RunSpec) -> None:
    """Run pytest as the spec says, then end this process with pytest's exit code."""
    code = 70
    try:
        _redirect(spec.output)
        _limit(spec)
        _environment(spec)
        import pytest

        from checker import plugin

        cov = _coverage_start(spec)
        args = [*spec.pytest_args(), f"--checker-results={spec.results}"]
        code = int(pytest.main(args, plugins=[plugin]))
        if cov is not None:
            _coverage_write(cov, spec)
    except BaseException as error:  # whatever happens, the process leaves through _exit
        with contextlib.suppress(BaseException):
            print(f"checker: the run stopped: {error!r}", file=sys.stderr)
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        finally:
            os._exit(code)


if __name__ == "__main__":
    run(RunSpec.from_json(Path(sys.argv[1]).read_text(encoding="utf-8")))
