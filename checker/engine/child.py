"""The inside of one run: a supervisor that contains it, and the worker that runs pytest.

**The supervisor** (Linux, forked from the warm checker) runs none of the learner's
code. It starts a session of its own, becomes the *subreaper* of everything below it (a
process that double-forks or calls ``setsid`` is still handed back to it when its parent
dies), ignores the signals a test could send to its parent, and forks the worker. When
the worker ends, or its time is up, the supervisor kills the worker and every process
left below it, then writes the run's status file: nobody it could not stop is alive to
change that file.

**The worker** sets limits, points output at a file, cleans the environment, starts the
probes and the recorder, runs pytest and leaves through ``os._exit``.

Elsewhere (``CHECKER_RUNNER=spawn``) the worker runs alone as
``python -m checker.engine.child SPEC.json``, contained by its process group only.
"""

from __future__ import annotations

import contextlib
import ctypes
import io
import json
import os
import resource
import select
import signal
import sys
import tempfile
import time
import warnings
from pathlib import Path
from typing import NoReturn

from checker.engine import preconfig
from checker.engine.measure import coverage_start, coverage_write
from checker.engine.spec import RunSpec, forget_local_modules

CHECKER_VARIABLES = ("CHECKER_", "PYTEST_", "COV_CORE_")
# What a test might send to its parent; the supervisor shrugs all of them off.
SHRUGGED = (
    signal.SIGTERM,
    signal.SIGINT,
    signal.SIGHUP,
    signal.SIGQUIT,
    signal.SIGUSR1,
    signal.SIGUSR2,
    signal.SIGALRM,
    signal.SIGPIPE,
    signal.SIGTSTP,
    signal.SIGTTIN,
    signal.SIGTTOU,
)
PR_SET_PDEATHSIG = 1
PR_SET_CHILD_SUBREAPER = 36


def _prctl(option: int, value: int) -> None:
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(option, value, 0, 0, 0)


# -- the supervisor ---------------------------------------------------------------


def _children(pid: int) -> list[int]:
    """The processes whose parent is ``pid``, from /proc (each task's list, or every stat)."""
    found: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as file:
                found += [int(child) for child in file.read().split()]
        return found
    except FileNotFoundError:  # a kernel without the children lists: read every stat
        pass
    except OSError:
        return found
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as file:
                    # "pid (name) state ppid ...": the name may hold spaces and parentheses.
                    fields = file.read().rpartition(")")[2].split()
            except OSError:
                continue
            if len(fields) > 1 and int(fields[1]) == pid:
                found.append(int(entry))
    return found


def _end_everything_below() -> int:
    """Kill every process below this one, as often as new ones turn up; how many."""
    me, ended = os.getpid(), 0
    for _ in range(100):
        with contextlib.suppress(ChildProcessError):
            while os.waitpid(-1, os.WNOHANG)[0] > 0:
                pass
        below = _children(me)
        if not below:
            return ended
        for pid in below:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
                ended += 1
        for pid in below:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, 0)
    return ended


def _wait(pid: int, seconds: float) -> int | None:
    """The worker's exit code, or None when it is still running after ``seconds``."""
    deadline = time.monotonic() + seconds
    try:
        handle = os.pidfd_open(pid)
    except (AttributeError, OSError):
        handle = -1
    try:
        while True:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                return os.waitstatus_to_exitcode(status)
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            if handle >= 0:
                select.select([handle], [], [], left)
            else:
                time.sleep(min(left, 0.005))
    finally:
        if handle >= 0:
            os.close(handle)


def supervise(spec: RunSpec) -> NoReturn:
    """Run the worker within the spec's time, then clean up and write the status."""
    status: dict[str, object] = {"code": None, "timed_out": False}
    try:
        os.setsid()
        _prctl(PR_SET_CHILD_SUBREAPER, 1)
        for number in SHRUGGED:
            signal.signal(number, signal.SIG_IGN)
        worker = os.fork()
        if worker == 0:
            try:
                _prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
                for number in SHRUGGED:
                    signal.signal(number, signal.SIG_DFL)
                signal.signal(signal.SIGINT, signal.default_int_handler)
                run(spec)
            finally:
                os._exit(70)
        code = _wait(worker, spec.timeout)
        if code is None:
            status["timed_out"] = True
            with contextlib.suppress(ProcessLookupError):
                os.kill(worker, signal.SIGKILL)
            code = _wait(worker, 5.0)
        status["code"] = code
        status["left_behind"] = _end_everything_below()
        with spec.status.open("w", encoding="utf-8") as file:
            json.dump(status, file)
    finally:
        os._exit(0)


# -- the worker -------------------------------------------------------------------


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


def _forget_plugin_packages(spec: RunSpec) -> None:
    """Let pytest import the named plugins itself, as a plain run does: a plugin already
    imported by the warm parent would make pytest warn that it cannot rewrite it."""
    from checker.engine.run import plugin_packages

    packages = plugin_packages(spec.plugins)
    for name in list(sys.modules):
        if name.split(".")[0] in packages:
            del sys.modules[name]
    # An entry point named like a module already imported (pytest-asyncio's "asyncio"):
    # pytest would mark that module for rewriting and warn. Plain pytest has not imported
    # it yet at that point; here the warm parent has, so say it is not to be rewritten.
    for name in spec.plugins:
        module = sys.modules.get(name)
        if module is not None and "PYTEST_DONT_REWRITE" not in (module.__doc__ or ""):
            module.__doc__ = (module.__doc__ or "") + "\n\nPYTEST_DONT_REWRITE"


def _environment(spec: RunSpec) -> None:
    for name in list(os.environ):
        if name.startswith(CHECKER_VARIABLES) or name in spec.unset:
            del os.environ[name]
    os.environ["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    os.environ["PYTHONDONTWRITEBYTECODE"] = "1"
    os.environ["TMPDIR"] = str(spec.tmpdir)
    os.environ.update(spec.environment)
    tempfile.tempdir = None  # a fork inherits the parent's choice; look again
    sys.dont_write_bytecode = True
    _fresh_warnings()
    forget_local_modules()
    _forget_plugin_packages(spec)
    os.chdir(spec.workdir)
    here = str(spec.workdir)
    sys.path[:] = [here] + [p for p in sys.path if p not in ("", ".", os.getcwd(), here)]
    sys.argv = ["pytest"]


def run(spec: RunSpec) -> NoReturn:
    """Run pytest as the spec says, then end this process with pytest's exit code."""
    code = 70
    try:
        _redirect(spec.output)
        _limit(spec)
        if spec.sandbox:
            from checker.engine import sandbox

            # What it achieved is the report's business (sandbox.probe), not the run's
            # output, which the learner reads.
            sandbox.enter(spec)
        _environment(spec)
        import pytest

        from checker.engine import probes
        from checker.engine.plugin import Recorder

        cov = coverage_start(spec)
        recorder = Recorder(spec.results, spec.workdir, spec.allowed_hooks)
        probes.install(recorder)
        if spec.forbid_sleep:
            from checker.engine import sleep_guard

            sleep_guard.forbid(recorder)
        args = spec.pytest_args()
        preconfig.hand_out(args)
        code = int(pytest.main(args, plugins=[recorder]))
        if cov is not None:
            coverage_write(cov, spec)
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
