"""Probes: note which of the chapters' constructs a test really uses while it runs.

A construct counts where it does work, so the checker looks at what runs, not at how a
file is spelt: ``pytest.raises(..., match=...)`` imported under another name, a helper
that checks the message with ``excinfo.match(...)``, ``mocker.patch(..., autospec=True)``
and ``patch.object(..., autospec=True)`` all count, each attributed to the test that was
running and to the line of the learner's file that made the call. Marks and fixtures
are read from the collected tests by :mod:`checker.plugin`.

The probes wrap library functions inside the run's own process only; they change no
result and no behaviour.
"""

from __future__ import annotations

import functools
import importlib.util
import sys
import unittest.mock
from collections.abc import Callable
from typing import Any

from checker.plugin import Recorder


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


def _install_moto(recorder: Recorder) -> None:
    """``mock_aws`` as a decorator, a context manager or in a fixture: each starts it."""
    if importlib.util.find_spec("moto") is None:
        return
    try:
        from moto.core.models import MockAWS
    except ImportError:  # another moto than the course's: the construct cannot count
        return
    MockAWS.start = _method_probe(recorder, MockAWS.start, "mock-aws")  # type: ignore[method-assign]


def _method_probe(
    recorder: Recorder, original: Callable[..., Any], name: str
) -> Callable[..., Any]:
    @functools.wraps(original)
    def probe(self: Any, *args: Any, **kwargs: Any) -> Any:
        _note(recorder, name)
        return original(self, *args, **kwargs)

    return probe
