"""Probes: note which of the chapters' constructs a test really uses while it runs.

A construct counts where it does work, so the checker looks at what runs, not at how a
file is spelt: ``pytest.raises(..., match=...)`` imported under another name, a helper
that checks the message with ``excinfo.match(...)``, ``mocker.patch(..., autospec=True)``
and ``patch.object(..., autospec=True)`` all count, each attributed to the test that was
running and to the line of the learner's file that made the call; so do pytest-benchmark's
``benchmark(...)`` and ``benchmark.pedantic(...)``, enabled or not. Marks and fixtures
are read from the collected tests by :mod:`checker.engine.plugin`.

The probes wrap library functions inside the run's own process only; they change no
result and no behaviour.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.abc
import importlib.machinery
import sys
import unittest.mock
from collections.abc import Callable, Iterator
from typing import Any

from checker.engine.plugin import Recorder


def caller(recorder: Recorder) -> tuple[str, int] | None:
    """The nearest frame in the run's folder, above the function that asks: where a
    learner's file used a construct (or, for checker.sleep_guard, called time.sleep)."""
    frame = sys._getframe(2)
    while frame is not None:
        if recorder.local(frame.f_code.co_filename) is not None:
            return frame.f_code.co_filename, frame.f_lineno
        frame = frame.f_back  # type: ignore[assignment]
    return None


def _note(recorder: Recorder, name: str) -> None:
    place = caller(recorder)
    if place is not None:
        recorder.construct(name, *place)


def _wrap(
    recorder: Recorder, function: Callable[..., Any], name: str, when: Callable[..., bool]
) -> Callable[..., Any]:
    @functools.wraps(function)
    def probe(*args: Any, **kwargs: Any) -> Any:
        if when(*args, **kwargs):
            _note(recorder, name)
        return function(*args, **kwargs)

    return probe


def _always(*_: Any, **__: Any) -> bool:
    return True


def install(recorder: Recorder) -> None:
    """Put the probes in place, before any test module is imported."""
    import _pytest.approx
    import _pytest.raises
    import _pytest.recwarn
    import pytest
    from _pytest._code import ExceptionInfo
    from _pytest.monkeypatch import MonkeyPatch

    def with_match(*_: Any, **kwargs: Any) -> bool:
        return kwargs.get("match") is not None

    raises = _wrap(recorder, _pytest.raises.raises, "raises-match", with_match)
    pytest.raises = raises
    _pytest.raises.raises = raises

    matcher = ExceptionInfo.match

    def match(self: Any, *args: Any, **kwargs: Any) -> Any:
        _note(recorder, "raises-match")
        return matcher(self, *args, **kwargs)

    ExceptionInfo.match = match  # type: ignore[method-assign]

    exc_init = _pytest.raises.RaisesExc.__init__

    def raises_exc_init(self: Any, *args: Any, **kwargs: Any) -> None:
        if kwargs.get("match") is not None:
            _note(recorder, "raises-match")
        exc_init(self, *args, **kwargs)

    _pytest.raises.RaisesExc.__init__ = raises_exc_init  # type: ignore[method-assign]

    approx = _wrap(recorder, _pytest.approx.approx, "approx", _always)
    pytest.approx = _pytest.approx.approx = approx
    warns = _wrap(recorder, _pytest.recwarn.warns, "warns", _always)
    pytest.warns = _pytest.recwarn.warns = warns

    autospec = _wrap(recorder, unittest.mock.create_autospec, "autospec", _always)
    unittest.mock.create_autospec = autospec
    enter = unittest.mock._patch.__enter__

    def patch_enter(self: Any) -> Any:
        if self.autospec:
            _note(recorder, "autospec")
        return enter(self)

    unittest.mock._patch.__enter__ = patch_enter  # type: ignore[method-assign]
    apply_dict = unittest.mock._patch_dict._patch_dict  # type: ignore[attr-defined]

    def patch_dict(self: Any) -> Any:
        _note(recorder, "patch-dict")
        return apply_dict(self)

    unittest.mock._patch_dict._patch_dict = patch_dict  # type: ignore[attr-defined]
    for method in ("setenv", "delenv"):
        original = getattr(MonkeyPatch, method)
        setattr(MonkeyPatch, method, _method_probe(recorder, original, "patch-dict"))
    _install_on_import(recorder, MOTO_MODELS, _patch_moto)
    _install_on_import(recorder, FREEZEGUN_API, _patch_freezegun)
    _install_on_import(recorder, TIME_MACHINE, _patch_time_machine)
    _install_on_import(recorder, BENCHMARK_FIXTURE, _patch_benchmark)


def _places() -> list[tuple[Any, str]]:
    """Every attribute :func:`install` replaces (moto's, where it is imported)."""
    import _pytest.approx
    import _pytest.raises
    import _pytest.recwarn
    import pytest
    from _pytest._code import ExceptionInfo
    from _pytest.monkeypatch import MonkeyPatch

    found: list[tuple[Any, str]] = [
        (pytest, "raises"),
        (_pytest.raises, "raises"),
        (ExceptionInfo, "match"),
        (_pytest.raises.RaisesExc, "__init__"),
        (pytest, "approx"),
        (_pytest.approx, "approx"),
        (pytest, "warns"),
        (_pytest.recwarn, "warns"),
        (unittest.mock, "create_autospec"),
        (unittest.mock._patch, "__enter__"),
        (unittest.mock._patch_dict, "_patch_dict"),
        (MonkeyPatch, "setenv"),
        (MonkeyPatch, "delenv"),
    ]
    if (moto := sys.modules.get(MOTO_MODELS)) is not None:
        found.append((moto.MockAWS, "start"))
    return found


_MISSING = object()


@contextlib.contextmanager
def undone() -> Iterator[None]:
    """Whatever probes are installed inside, are gone after: for a process that runs
    pytest more than once (the browser's, see :mod:`checker.engine.inprocess`), where
    each run's probes must report to that run's recorder only."""
    # What the owner itself holds (not what it inherits): that is what goes back.
    before = [(owner, name, vars(owner).get(name, _MISSING)) for owner, name in _places()]
    finders = list(sys.meta_path)
    try:
        yield
    finally:
        for owner, name, value in before:
            if value is _MISSING:
                with contextlib.suppress(AttributeError):
                    delattr(owner, name)
            else:
                setattr(owner, name, value)
        sys.meta_path[:] = finders


MOTO_MODELS = "moto.core.models"
FREEZEGUN_API = "freezegun.api"
TIME_MACHINE = "time_machine"
BENCHMARK_FIXTURE = "pytest_benchmark.fixture"


def _patch_moto(recorder: Recorder, module: Any) -> None:
    mock = module.MockAWS
    mock.start = _method_probe(recorder, mock.start, "mock-aws")


def _patch_benchmark(recorder: Recorder, module: Any) -> None:
    """pytest-benchmark's fixture, called or used through ``pedantic``: "benchmark";
    in a named group (the mark's ``group=`` or ``benchmark.group = ...``):
    "benchmark-group"; ``pedantic(..., setup=...)``: "pedantic-setup". Disabled
    benchmarks (``--benchmark-disable``) go through the same two methods."""
    fixture = module.BenchmarkFixture

    def measured(original: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(original)
        def probe(self: Any, *args: Any, **kwargs: Any) -> Any:
            _note(recorder, "benchmark")
            if getattr(self, "group", None):
                _note(recorder, "benchmark-group")
            if kwargs.get("setup") is not None:
                _note(recorder, "pedantic-setup")
            return original(self, *args, **kwargs)

        return probe

    fixture.__call__ = measured(fixture.__call__)
    fixture.pedantic = measured(fixture.pedantic)


def _patch_freezegun(recorder: Recorder, module: Any) -> None:
    frozen = module._freeze_time
    frozen.start = _method_probe(recorder, frozen.start, "frozen-clock", wrapped=True)


def _patch_time_machine(recorder: Recorder, module: Any) -> None:
    travel = module.travel
    travel.start = _method_probe(recorder, travel.start, "frozen-clock", wrapped=True)


class _ImportWatch(importlib.abc.MetaPathFinder):
    """Probes a library when a test first imports it, and costs nothing else."""

    def __init__(
        self, recorder: Recorder, module: str, patch: Callable[[Recorder, Any], None]
    ) -> None:
        self.recorder = recorder
        self.module = module
        self.patch = patch

    def find_spec(self, name: str, path: Any, target: Any = None) -> Any:
        if name != self.module:
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is None or spec.loader is None:
            return spec
        loader, recorder, patch = spec.loader, self.recorder, self.patch

        class Loader(importlib.abc.Loader):
            def create_module(self, spec: Any) -> Any:
                return loader.create_module(spec)

            def exec_module(self, module: Any) -> None:
                loader.exec_module(module)
                patch(recorder, module)

        spec.loader = Loader()
        return spec


def _install_on_import(
    recorder: Recorder, name: str, patch: Callable[[Recorder, Any], None]
) -> None:
    """Probe ``name`` now if the warm parent imported it already, else when it is imported.

    ``mock_aws``, ``freeze_time`` and ``time_machine.travel`` as a decorator, a context
    manager or in a fixture: each starts it.
    """
    module = sys.modules.get(name)
    if module is not None:
        patch(recorder, module)
    else:
        sys.meta_path.insert(0, _ImportWatch(recorder, name, patch))


def _wrapped_test(recorder: Recorder) -> tuple[str, int] | None:
    """The learner's function a library's decorator is running, such as a test under
    ``@freeze_time(...)``: the wrapper's frame holds it, though no frame of it runs yet."""
    frame = sys._getframe(2)
    while frame is not None:
        for value in frame.f_locals.values():
            code = getattr(value, "__code__", None)
            if code is not None and recorder.local(code.co_filename) is not None:
                return code.co_filename, code.co_firstlineno
        frame = frame.f_back  # type: ignore[assignment]
    return None


def _method_probe(
    recorder: Recorder, original: Callable[..., Any], name: str, wrapped: bool = False
) -> Callable[..., Any]:
    @functools.wraps(original)
    def probe(self: Any, *args: Any, **kwargs: Any) -> Any:
        place = caller(recorder) or (_wrapped_test(recorder) if wrapped else None)
        if place is not None:
            recorder.construct(name, *place)
        return original(self, *args, **kwargs)

    return probe
