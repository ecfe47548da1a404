"""coverage's measurements kept in memory, for a Python without ``sqlite3`` (Pyodide's core).

coverage.py keeps what it measured in an SQLite database, even in memory. Pyodide's npm
package, which the course site serves, has no ``sqlite3`` module (Pyodide ships it as a
separate package from its CDN, which the site does not use). Everything else of
coverage.py works there: its tracer, its analysis of branches, its report. So in such a
Python, :func:`install` gives coverage.py a store of its own, :class:`MemoryData`, with
the few methods that measuring one run and reporting on it use, and the same answers as
coverage's ``CoverageData`` for them. A Python that has ``sqlite3`` is left alone.
"""

from __future__ import annotations

import contextlib
import importlib
import sys
import types
from collections.abc import Collection, Iterator, Mapping, Sequence
from typing import Any

Arc = tuple[int, int]


class MemoryData:
    """The parts of ``coverage.CoverageData`` that one measured run and its report use."""

    def __init__(self, *_: Any, **__: Any) -> None:
        self._filename = ":memory:"
        self._lines: dict[str, set[int]] = {}
        self._arcs: dict[str, set[Arc]] = {}
        self._tracers: dict[str, str] = {}
        self._has_arcs = False

    def __bool__(self) -> bool:
        return bool(self._lines or self._arcs)

    def set_context(self, context: str | None) -> None:
        pass

    def set_query_context(self, context: str) -> None:
        pass

    def set_query_contexts(self, contexts: Sequence[str] | None) -> None:
        pass

    def add_lines(self, line_data: Mapping[str, Collection[int]]) -> None:
        for filename, lines in line_data.items():
            self._lines.setdefault(filename, set()).update(lines)

    def add_arcs(self, arc_data: Mapping[str, Collection[Arc]]) -> None:
        self._has_arcs = True
        for filename, arcs in arc_data.items():
            self._arcs.setdefault(filename, set()).update(arcs)

    def add_file_tracers(self, file_tracers: Mapping[str, str]) -> None:
        self._tracers.update(file_tracers)

    def touch_file(self, filename: str, plugin_name: str = "") -> None:
        self.touch_files([filename], plugin_name)

    def touch_files(self, filenames: Collection[str], plugin_name: str | None = None) -> None:
        for filename in filenames:
            if self._has_arcs:
                self._arcs.setdefault(filename, set())
            else:
                self._lines.setdefault(filename, set())
            if plugin_name:
                self._tracers[filename] = plugin_name

    def has_arcs(self) -> bool:
        return self._has_arcs

    def measured_files(self) -> set[str]:
        return set(self._lines) | set(self._arcs)

    def measured_contexts(self) -> set[str]:
        return {""}

    def file_tracer(self, filename: str) -> str | None:
        if filename not in self.measured_files():
            return None
        return self._tracers.get(filename, "")

    def lines(self, filename: str) -> list[int] | None:
        if self._has_arcs:
            arcs = self._arcs.get(filename)
            return None if arcs is None else sorted({n for arc in arcs for n in arc if n > 0})
        lines = self._lines.get(filename)
        return None if lines is None else sorted(lines)

    def arcs(self, filename: str) -> list[Arc] | None:
        arcs = self._arcs.get(filename)
        return None if arcs is None else sorted(arcs)

    def contexts_by_lineno(self, filename: str) -> dict[int, list[str]]:
        return {line: [""] for line in self.lines(filename) or []}

    def read(self) -> None:
        pass

    def write(self) -> None:
        pass

    def erase(self, parallel: bool = False) -> None:
        self.__init__()  # type: ignore[misc]

    def close(self, force: bool = False) -> None:
        pass

    @contextlib.contextmanager
    def keep_db_open(self) -> Iterator[None]:
        yield

    def base_filename(self) -> str:
        return self._filename

    def data_filename(self) -> str:
        return self._filename


def needed() -> bool:
    """Whether this Python lacks ``sqlite3``, which coverage.py's own store needs."""
    try:
        importlib.import_module("sqlite3")
    except ImportError:
        return True
    return False


def install(force: bool = False) -> bool:
    """Make coverage.py keep its data in :class:`MemoryData`, where ``sqlite3`` is missing
    (or ``force``); whether it did. Call before coverage.py is first imported.

    coverage's modules import ``sqlite3`` when they load: a stand-in module lets them
    load, and goes again at once, so that a test that imports ``sqlite3`` still learns
    that this Python has none.
    """
    if not (force or needed()):
        return False
    stand_in = types.ModuleType("sqlite3", "Not SQLite: lets coverage.py import (memdata).")
    stand_in.Error = Exception  # type: ignore[attr-defined]
    stand_in.sqlite_version = "none"  # type: ignore[attr-defined]
    real = sys.modules.get("sqlite3")
    sys.modules["sqlite3"] = stand_in
    try:
        import coverage.control
        import coverage.data
        import coverage.sqldata
    finally:
        if real is None:
            del sys.modules["sqlite3"]
        else:
            sys.modules["sqlite3"] = real
    for module in (coverage.sqldata, coverage.data, coverage.control):
        setattr(module, "CoverageData", MemoryData)  # noqa: B010 - coverage's own name
    return True
