"""The checker's pytest plugin: writes what happened in a run to a file the checker owns.

It writes one JSON object per line and flushes each, so that a run cut short by a
timeout or by ``os._exit`` still tells the checker how far it got and which test was
running. The checker never reads pytest's text output.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO, Any

import pytest

MAX_MESSAGE = 6000


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("checker", "the course checker")
    group.addoption(
        "--checker-results",
        metavar="PATH",
        default=None,
        help="Write the outcome of every test to PATH, one JSON object per line.",
    )


def pytest_configure(config: pytest.Config) -> None:
    path = config.getoption("checker_results")
    if path and not config.pluginmanager.has_plugin("checker-results"):
        config.pluginmanager.register(ResultWriter(Path(path)), "checker-results")


def _cut(text: str) -> str:
    if len(text) <= MAX_MESSAGE:
        return text
    return text[:MAX_MESSAGE] + "\n[... cut: the message was longer ...]"


class ResultWriter:
    """Records collection, the start of each test, each phase's report and the end."""

    def __init__(self, path: Path) -> None:
        self._file: IO[str] = path.open("w", encoding="utf-8")

    def _write(self, **record: Any) -> None:
        self._file.write(json.dumps(record) + "\n")
        self._file.flush()

    def pytest_collectreport(self, report: pytest.CollectReport) -> None:
        if report.failed:
            self._write(
                event="collect-error", nodeid=report.nodeid, message=_cut(report.longreprtext)
            )

    def pytest_collection_finish(self, session: pytest.Session) -> None:
        self._write(event="collected", nodeids=[item.nodeid for item in session.items])

    def pytest_runtest_logstart(self, nodeid: str) -> None:
        self._write(event="start", nodeid=nodeid)

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        self._write(
            event="report",
            nodeid=report.nodeid,
            when=report.when,
            outcome=report.outcome,
            xfail=hasattr(report, "wasxfail"),
            message=_cut(report.longreprtext) if not report.passed else "",
            duration=report.duration,
        )

    def pytest_sessionfinish(self, session: pytest.Session, exitstatus: int) -> None:
        self._write(event="finish", exitstatus=int(exitstatus))
        self._file.close()
