"""The checker's pytest plugin: records what happened in a run, and audits the run.

**The record.** One JSON object per line, flushed each, so that a run cut short by a
timeout or by ``os._exit`` still tells the checker how far it got and which test was
running. Every record carries a sequence number; the last one carries pytest's own
count of outcomes (from its terminal reporter), so the checker can tell a record that
was written to, or cut, by the code under test from one pytest wrote. The checker never
reads pytest's text output.

**The audit.** A learner's files may hold tests and fixtures. Hook implementations are a
different matter: they decide how tests run and what gets reported. So every hook
implementation registered in the run, however it got there (a function in conftest.py,
``setattr`` on a module, a plugin object registered from a fixture), must come from
installed code (pytest, the plugins the exercise names, the checker); one whose code
lies anywhere else is recorded as refused, with its file and line, unless it is one of
the hooks that only inform (options, settings such as a registered mark, parameters,
assertion messages) or the exercise allows that hook. The audit runs when a plugin is
registered, after collection and at the end.

**What the tests do.** For each collected test the record says where its function is,
which fixtures it uses (and whether each one yields), and the marks that matter to the
chapters (parametrize ids, strict xfail, skipif with a reason). :mod:`checker.engine.probes`
adds what a test calls (``pytest.raises(match=...)``, ``autospec``...), attributed to
the test that was running.

PYTEST_DONT_REWRITE (a run under pytest-xdist loads this module by name when the checker
has already imported it).
"""

from __future__ import annotations

import functools
import inspect
import json
import os
import time
from collections.abc import Generator, Iterable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import pluggy
import pytest

from checker.engine.spec import installed_prefixes

if TYPE_CHECKING:
    from coverage import Coverage

MAX_MESSAGE = 6000
# Hooks a learner's conftest.py may always implement: they add command-line options,
# settings (registering a mark), parameters or assertion messages, and decide nothing
# about which tests run or what is reported. An exercise may allow more (catalogue `hooks`).
INFORMING_HOOKS = frozenset(
    {
        "pytest_addoption",
        "pytest_configure",
        "pytest_generate_tests",
        "pytest_make_parametrize_id",
        "pytest_assertrepr_compare",
    }
)
# The checker package as a whole (this module lies in its engine/ folder).
CHECKER_FOLDER = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "")


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("checker", "the course checker")
    group.addoption(
        "--checker-results",
        metavar="PATH",
        default=None,
        help="Write the outcome of every test to PATH, one JSON object per line.",
    )
    # For pytest-xdist's workers, which are processes of their own (see checker.engine.spec).
    group.addoption("--checker-worker-record", metavar="PATH", default=None, help="(checker)")
    group.addoption("--checker-allowed-hooks", metavar="NAMES", default="", help="(checker)")
    group.addoption("--checker-forbid-sleep", action="store_true", help="(checker)")


def pytest_configure(config: pytest.Config) -> None:
    """With --checker-results (the plugin used on its own, e.g. by `-p checker.engine.plugin`)."""
    path = config.getoption("checker_results")
    worker = getattr(config, "workerinput", None)
    # The results file is the run's own: pytest-xdist hands its workers the same options,
    # and a worker that opened that file too would wipe what the run wrote.
    if path and worker is None and not config.pluginmanager.has_plugin("checker-results"):
        recorder = Recorder(Path(path), Path(str(config.rootpath)))
        config.pluginmanager.register(recorder, "checker-results")
    record = config.getoption("checker_worker_record")
    if worker is not None and record and not config.pluginmanager.has_plugin("checker-results"):
        # A pytest-xdist worker: its own record, read for the audit and the sleeps.
        allowed = [h for h in config.getoption("checker_allowed_hooks").split(",") if h]
        Path(record).parent.mkdir(exist_ok=True)
        recorder = Recorder(Path(f"{record}.{worker['workerid']}"), config.rootpath, allowed)
        config.pluginmanager.register(recorder, "checker-results")
        if config.getoption("checker_forbid_sleep"):
            from checker.engine import sleep_guard

            sleep_guard.forbid(recorder)


def _cut(text: str) -> str:
    if len(text) <= MAX_MESSAGE:
        return text
    return text[:MAX_MESSAGE] + "\n[... cut: the message was longer ...]"


def _code_of(function: object) -> Any:
    """The code object behind a hook implementation, through wrappers; None if none."""
    for _ in range(10):
        code = getattr(function, "__code__", None)
        if code is not None:
            return code
        inner = (
            getattr(function, "__wrapped__", None)
            or getattr(function, "func", None)  # functools.partial
            or getattr(function, "__func__", None)  # a bound method
        )
        if inner is None:
            call = vars(type(function)).get("__call__")
            inner = call if call is not None and not isinstance(function, type) else None
        if inner is None or inner is function:
            return None
        function = inner
    return None


@functools.cache
def _trusted(filename: str) -> bool:
    """Code from an existing file of the installed environment or of the checker."""
    if not os.path.isfile(filename):
        return False
    real = os.path.realpath(filename)
    return real.startswith((*installed_prefixes(), CHECKER_FOLDER))


class Recorder:
    """Writes the record of one run and audits its hooks; see the module's docstring."""

    def __init__(
        self,
        path: Path,
        workdir: Path,
        allowed_hooks: Iterable[str] = (),
        coverage: Coverage | None = None,
    ) -> None:
        self._file: IO[str] = path.open("w", encoding="utf-8")
        self._sequence = 0
        self.workdir = os.path.join(os.path.realpath(workdir), "")
        self.allowed_hooks = INFORMING_HOOKS | frozenset(allowed_hooks)
        self.coverage = coverage
        self.current: str | None = None
        self._refused: set[tuple[str, str, int]] = set()
        self._seen: set[tuple[str, str | None, str, int]] = set()
        self.sleep_guard: object | None = None  # see checker.engine.sleep_guard
        self._xdist_collected = False
        self._local: dict[str, str | None] = {}

    # -- writing -----------------------------------------------------------------

    def write(self, **record: Any) -> None:
        if self._file.closed:
            return
        record["seq"] = self._sequence
        self._sequence += 1
        self._file.write(json.dumps(record) + "\n")
        self._file.flush()

    def local(self, filename: str) -> str | None:
        """``filename`` relative to the run's folder, or None when it lies outside.

        Asked for every frame of the stack at each construct a test uses (see
        :func:`checker.engine.probes.caller`), so each file's answer is kept: resolving
        the same paths again, an lstat per folder of each, cost a benchmark exercise
        seconds.
        """
        if filename not in self._local:
            real = os.path.realpath(filename)
            self._local[filename] = (
                real[len(self.workdir) :] if real.startswith(self.workdir) else None
            )
        return self._local[filename]

    def construct(self, name: str, filename: str, line: int) -> None:
        """A construct a test used (from :mod:`checker.engine.probes`), once per place and test."""
        where = self.local(filename)
        if where is None:
            return
        key = (name, self.current, where, line)
        if key not in self._seen:
            self._seen.add(key)
            self.write(event="construct", name=name, nodeid=self.current, file=where, line=line)

    # -- the audit ---------------------------------------------------------------

    def _audit_impls(self, hook_name: str, impls: Iterable[pluggy.HookImpl]) -> None:
        for impl in impls:
            code = _code_of(impl.function)
            filename = getattr(code, "co_filename", "") or ""
            line = getattr(code, "co_firstlineno", 0) or 0
            if filename and _trusted(filename):
                continue
            where = self.local(filename) if filename else None
            if where is not None and hook_name in self.allowed_hooks:
                continue
            key = (hook_name, where or filename or "?", line)
            if key not in self._refused:
                self._refused.add(key)
                self.write(event="refused-hook", hook=hook_name, file=key[1], line=line)

    def audit(self, manager: pytest.PytestPluginManager) -> None:
        """Every hook implementation registered now, checked."""
        for name, caller in vars(manager.hook).items():
            if isinstance(caller, pluggy.HookCaller):
                self._audit_impls(name, caller.get_hookimpls())

    @pytest.hookimpl(tryfirst=True)
    def pytest_plugin_registered(
        self, plugin: object, plugin_name: str, manager: pytest.PytestPluginManager
    ) -> None:
        for caller in manager.get_hookcallers(plugin) or ():
            self._audit_impls(
                caller.name, (i for i in caller.get_hookimpls() if i.plugin is plugin)
            )

    # -- coverage ----------------------------------------------------------------

    @pytest.hookimpl(wrapper=True)
    def pytest_load_initial_conftests(
        self, early_config: pytest.Config, parser: pytest.Parser, args: list[str]
    ) -> Generator[None, None, None]:
        """A learner who measures coverage with pytest-cov (``-p pytest_cov --cov`` in
        their configuration) would start a measurement inside the checker's and stop it
        at the end, leaving the checker's empty. The checker measures by itself, in every
        run alike, so pytest-cov is told that there is nothing to measure."""
        options = early_config.known_args_namespace
        if getattr(options, "cov_source", None):
            options.cov_source = None
        return (yield)

    # -- collection --------------------------------------------------------------

    def pytest_collectreport(self, report: pytest.CollectReport) -> None:
        if report.failed:
            self.write(
                event="collect-error", nodeid=report.nodeid, message=_cut(report.longreprtext)
            )

    def pytest_deselected(self, items: list[pytest.Item]) -> None:
        self.write(event="deselected", nodeids=[item.nodeid for item in items])

    @pytest.hookimpl(trylast=True)
    def pytest_collection_finish(self, session: pytest.Session) -> None:
        self.audit(session.config.pluginmanager)
        option = session.config.option
        self.write(
            event="selection",
            keyword=getattr(option, "keyword", "") or "",
            markexpr=getattr(option, "markexpr", "") or "",
            ignore=[str(p) for p in (getattr(option, "ignore", None) or [])],
            ignore_glob=[str(p) for p in (getattr(option, "ignore_glob", None) or [])],
            deselect=[str(p) for p in (getattr(option, "deselect", None) or [])],
            settings={name: _strictness(session.config, name) for name in STRICTNESS},
        )
        self.write(event="collected", nodeids=[item.nodeid for item in session.items])
        for item in session.items:
            self.write(event="item", nodeid=item.nodeid, **self._describe(item))

    @pytest.hookimpl(optionalhook=True)
    def pytest_xdist_node_collection_finished(self, node: object, ids: list[str]) -> None:
        """Under pytest-xdist the workers collect; every worker collects the same tests."""
        if not self._xdist_collected:
            self._xdist_collected = True
            self.write(event="collected", nodeids=list(ids))

    def _place(self, function: object) -> list[Any] | None:
        code = _code_of(function)
        where = self.local(code.co_filename) if code is not None else None
        return None if where is None else [where, code.co_firstlineno]

    def _describe(self, item: pytest.Item) -> dict[str, Any]:
        """Where a test's code is, its fixtures, and the marks the chapters teach."""
        from _pytest.skipping import evaluate_skip_marks, evaluate_xfail_marks

        fixtures = []
        info = getattr(item, "_fixtureinfo", None)
        for name in getattr(item, "fixturenames", ()):
            definitions = info.name2fixturedefs.get(name) if info is not None else None
            if not definitions:
                continue
            function = definitions[-1].func
            place = self._place(function)
            if place is not None:
                generator = inspect.isgeneratorfunction(function) or inspect.isasyncgenfunction(
                    function
                )
                is_async = inspect.iscoroutinefunction(function) or inspect.isasyncgenfunction(
                    function
                )
                fixtures.append([name, *place, generator, is_async])
        marks: dict[str, bool] = {}
        parametrize = list(item.iter_markers("parametrize"))
        marks["parametrize"] = bool(parametrize)
        marks["parametrize-ids"] = any(
            mark.kwargs.get("ids") is not None
            or any(getattr(value, "id", None) is not None for value in _values(mark))
            for mark in parametrize
        )
        try:
            xfail = evaluate_xfail_marks(item)
            marks["xfail-strict"] = bool(xfail and xfail.strict)
            marks["skipif-reason"] = any(
                mark.kwargs.get("reason") for mark in item.iter_markers("skipif")
            ) or bool(evaluate_skip_marks(item) and list(item.iter_markers("skipif")))
        except Exception:  # a condition that does not evaluate: pytest reports it itself
            marks["xfail-strict"] = marks["skipif-reason"] = False
        cls = getattr(item, "cls", None)
        marks["test-class"] = (
            cls is not None and self._place(getattr(item, "function", None)) is not None
        )
        return {
            "function": self._place(getattr(item, "function", None)),
            "fixtures": fixtures,
            "marks": marks,
        }

    # -- running -----------------------------------------------------------------

    @pytest.hookimpl(wrapper=True, tryfirst=True)
    def pytest_runtest_protocol(self, item: pytest.Item) -> Generator[None, object, object]:
        self.current = item.nodeid
        if self.coverage is not None:
            self.coverage.switch_context(item.nodeid)
        try:
            return (yield)
        finally:
            if self.sleep_guard is not None and time.sleep is not self.sleep_guard:
                self.write(event="sleep-replaced", nodeid=item.nodeid)
                time.sleep = self.sleep_guard  # type: ignore[assignment]
            self.current = None
            if self.coverage is not None:
                self.coverage.switch_context("")

    def pytest_runtest_logstart(self, nodeid: str) -> None:
        self.write(event="start", nodeid=nodeid)

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        self.write(
            event="report",
            nodeid=report.nodeid,
            when=report.when,
            outcome=report.outcome,
            xfail=hasattr(report, "wasxfail"),
            message=_cut(report.longreprtext) if not report.passed else "",
            duration=report.duration,
        )

    @pytest.hookimpl(trylast=True)
    def pytest_sessionfinish(self, session: pytest.Session, exitstatus: int) -> None:
        self.audit(session.config.pluginmanager)
        # What pytest's own terminal reporter saw: every test report, whatever its
        # category. The checker compares it with the report records above.
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        seen = None
        if reporter is not None:
            seen = sorted(
                [r.nodeid, r.when, r.outcome]
                for reports in reporter.stats.values()
                for r in reports
                if isinstance(r, pytest.TestReport)
            )
        self.write(event="finish", exitstatus=int(exitstatus), seen=seen)
        self._file.close()


STRICTNESS = ("strict_markers", "strict_config")


def _strictness(config: pytest.Config, name: str) -> bool:
    """Whether a strictness setting is in force, from the command line, addopts or the
    configuration file, by its own name or through pytest 9's ``strict``."""
    for key in (name, "strict"):
        if getattr(config.option, key, False):
            return True
        try:
            if config.getini(key):
                return True
        except ValueError:  # an older pytest without this setting
            continue
    return False


def _values(mark: pytest.Mark) -> Iterable[object]:
    values = mark.kwargs.get("argvalues", mark.args[1] if len(mark.args) > 1 else ())
    return values if isinstance(values, list | tuple) else ()


def recorder_of(config: pytest.Config) -> Recorder | None:
    plugin = config.pluginmanager.get_plugin("checker-results")
    return plugin if isinstance(plugin, Recorder) else None
