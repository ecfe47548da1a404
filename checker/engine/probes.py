"""Probes: note which of the chapters' constructs a test really uses while it runs.

A construct counts where it does work, so the checker looks at what runs, not at how a
file is spelt: ``pytest.raises(..., match=...)`` imported under another name, a helper
that checks the message with ``excinfo.match(...)``, ``mocker.patch(..., autospec=True)``
and ``patch.object(..., autospec=True)`` all count, each attributed to the test that was
running and to the line of the learner's file that made the call. Marks and fixtures
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


def _caller(recorder: Recorder) -> tuple[str, int] | None:
    """The nearest frame in the learner's files: where the construct is used."""
    frame = sys._getframe(2)
    while frame is not None:
        if recorder.local(frame.f_code.co_filename) is not None:
            return frame.f_code.co_filename, frame.f_lineno
        frame = frame.f_back  # type: ignore[assignment]
    return None


def _note(recorder: Recorder, name: str) -> None:
    place = _caller(recorder)
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
    _install_moto(recorder)


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


def _patch_moto(recorder: Recorder, module: Any) -> None:
    mock = module.MockAWS
    mock.start = _method_probe(recorder, mock.start, "mock-aws")


class _MotoWatch(importlib.abc.MetaPathFinder):
    """Probes moto's ``mock_aws`` when a test first imports it, and costs nothing else."""

    def __init__(self, recorder: Recorder) -> None:
        self.recorder = recorder

    def find_spec(self, name: str, path: Any, target: Any = None) -> Any:
        if name != MOTO_MODELS:
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is None or spec.loader is None:
            return spec
        loader, recorder = spec.loader, self.recorder

        class Loader(importlib.abc.Loader):
            def create_module(self, spec: Any) -> Any:
                return loader.create_module(spec)

            def exec_module(self, module: Any) -> None:
                loader.exec_module(module)
                _patch_moto(recorder, module)

        spec.loader = Loader()
        return spec


def _install_moto(recorder: Recorder) -> None:
    """``mock_aws`` as a decorator, a context manager or in a fixture: each starts it."""
    module = sys.modules.get(MOTO_MODELS)
    if module is not None:  # the warm parent imported it already
        _patch_moto(recorder, module)
    else:
        sys.meta_path.insert(0, _MotoWatch(recorder))


def _method_probe(
    recorder: Recorder, original: Callable[..., Any], name: str
) -> Callable[..., Any]:
    @functools.wraps(original)
    def probe(self: Any, *args: Any, **kwargs: Any) -> Any:
        _note(recorder, name)
        return original(self, *args, **kwargs)

    return probe
