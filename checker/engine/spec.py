"""What one run of pytest needs to know: where, with what, within which limits."""

from __future__ import annotations

import json
import os
import sys
import sysconfig
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path

BLANK_INI = Path(__file__).with_name("blank.ini")
# pytest's own order of configuration files; the last three count only with a pytest section.
CONFIG_FILES = ("pytest.toml", ".pytest.toml", "pytest.ini", ".pytest.ini")
XDIST = "xdist"  # pytest-xdist's plugin name
# How much of a failed assertion's explanation every run works out: a full diff (not
# pytest's eight lines), cut after 60 lines or 6000 characters. pytest then diffs only
# that much: a planted bug that fails an `==` of two lists of a thousand items costs a
# run 0.5 s, not the 4 s of an unbounded diff. (Where pytest sees a CI, it never cuts.)
ASSERTION_DETAIL = (
    *("-o", "verbosity_assertions=1"),
    *("-o", "truncation_limit_lines=60", "-o", "truncation_limit_chars=6000"),
)
SECTIONED = {"pyproject.toml": "[tool.pytest", "tox.ini": "[pytest]", "setup.cfg": "[tool:pytest]"}


@cache
def installed_prefixes() -> tuple[str, ...]:
    """The folders of the standard library and site-packages, as given and as resolved.

    A module whose file lies under one of them is installed; anything else is local to
    some project (an exercise's own module, a test suite's ``tests`` package).
    """
    places: set[str] = set()
    # Zip files on the path hold installed code: Pyodide's standard library is one that
    # sysconfig does not name (/lib/python313.zip, where it says /lib/python3.13).
    found = [entry for entry in sys.path if entry.endswith(".zip") and os.path.isfile(entry)]
    for key in ("stdlib", "platstdlib", "purelib", "platlib"):
        if path := sysconfig.get_paths().get(key):
            found.append(path)
    for path in found:
        places |= {path, os.path.realpath(path)}
    return tuple(os.path.join(place, "") for place in places)


# Modules known to be installed or the checker's, each with the very object found: what
# the warm parent imported, looked at once there instead of in every run forked from it.
_KEPT: dict[str, object] = {}


def _keeper_prefixes() -> tuple[str, ...]:
    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # checker/
    return (*installed_prefixes(), os.path.join(package, ""))


def _stays(places: list[str] | None, prefixes: tuple[str, ...]) -> bool:
    """Whether a module with these places is installed or the checker's (or has no file)."""
    return places is not None and (not places or any(p.startswith(prefixes) for p in places))


def remember_installed_modules() -> None:
    """Note which of the modules imported now stay in every run, so that
    :func:`forget_local_modules` need not work out their places again in each run."""
    prefixes = _keeper_prefixes()
    for name, module in list(sys.modules.items()):
        if _stays(_places(module), prefixes):
            _KEPT[name] = module


def forget_local_modules() -> None:
    """Drop imported modules that are neither installed nor the checker's.

    A parent that imported a module named ``tests`` or ``conftest`` (the project's own
    test suite does) would otherwise hand it to an exercise that has a module of that
    name; and in one process that runs pytest again and again (the browser's), one
    version's ``pricing`` would stay in place of the next one's.
    """
    prefixes = _keeper_prefixes()
    # Where each module lives, all read before any is dropped: a namespace package's
    # __path__ is worked out again from its parent's, which must still be there.
    found = {
        name: _places(module)
        for name, module in list(sys.modules.items())
        if name not in ("__main__", "__mp_main__")  # the program: Python and pytest keep it
        and _KEPT.get(name) is not module
    }
    for name, places in found.items():
        if not _stays(places, prefixes):
            sys.modules.pop(name, None)


def _places(module: object) -> list[str] | None:
    """The files and folders a module comes from (a namespace package has no __file__,
    only the folders of its __path__); None when they cannot be told, as for a namespace
    package whose parent is gone."""
    try:
        places = [getattr(module, "__file__", None) or "", *getattr(module, "__path__", [])]
    except Exception:
        return None
    return [place for place in places if isinstance(place, str) and place]


def has_config(folder: Path) -> bool:
    """Whether pytest, started in ``folder``, finds its configuration right there."""
    if any((folder / name).is_file() for name in CONFIG_FILES):
        return True
    for name, section in SECTIONED.items():
        path = folder / name
        if path.is_file() and section in path.read_text(encoding="utf-8", errors="replace"):
            return True
    return False


@dataclass(frozen=True)
class RunSpec:
    """One pytest process: its folder, where its record goes, its limits.

    Every run of one exercise gets the same arguments and environment; only ``workdir``,
    ``results``, ``status`` and ``tmpdir`` differ, and those are random names.
    """

    workdir: Path
    results: Path
    output: Path
    status: Path
    tmpdir: Path
    timeout: float
    plugins: tuple[str, ...] = ()
    args: tuple[str, ...] = ()
    coverage_of: str | None = None
    allowed_hooks: tuple[str, ...] = ()
    memory_bytes: int = 4 << 30
    max_file_bytes: int = 64 << 20
    environment: dict[str, str] = field(default_factory=dict)
    unset: tuple[str, ...] = ()
    # Containment steps for the worker (see checker.engine.sandbox): "limits", "network", "user".
    # Empty for a learner's own checks; `checker grade` asks for them.
    sandbox: tuple[str, ...] = ()
    # A call of time.sleep fails the test that made it (catalogue `forbid_sleep`).
    forbid_sleep: bool = False

    def pytest_args(self) -> list[str]:
        args: list[str] = []
        if not has_config(self.workdir):
            # No configuration of its own: keep pytest from climbing to a folder above.
            args += ["-c", str(BLANK_INI), f"--rootdir={self.workdir}"]
            args.append(f"--confcutdir={self.workdir}")
        args += ["-p", "no:cacheprovider", "-q", *ASSERTION_DETAIL]
        for plugin in self.plugins:
            args += ["-p", plugin]
        if XDIST in self.plugins:
            # pytest-xdist's workers are new processes: they load the checker's plugin by
            # name and keep a record of their own next to the run's (audit and sleeps).
            args += ["-p", "checker.engine.plugin", f"--checker-worker-record={self.workers}"]
            args += [f"--checker-allowed-hooks={','.join(self.allowed_hooks)}"]
            if self.forbid_sleep:
                args.append("--checker-forbid-sleep")
        return [*args, *self.args]

    @property
    def workers(self) -> Path:
        """Where pytest-xdist's workers keep their records: ``<this>.gw0`` and so on, in
        the run's own folder (which a sandboxed run's user owns), beside its copy of the
        exercise and its temporary folder, outside both."""
        return self.workdir.parent / "workers" / "record"

    def to_json(self) -> str:
        data = asdict(self)
        for key in ("workdir", "results", "output", "status", "tmpdir"):
            data[key] = str(data[key])
        for key in ("plugins", "args", "allowed_hooks", "unset", "sandbox"):
            data[key] = list(data[key])
        return json.dumps(data)

    @classmethod
    def from_json(cls, text: str) -> RunSpec:
        data = json.loads(text)
        for key in ("workdir", "results", "output", "status", "tmpdir"):
            data[key] = Path(data[key])
        for key in ("plugins", "args", "allowed_hooks", "unset", "sandbox"):
            data[key] = tuple(data[key])
        return cls(**data)
