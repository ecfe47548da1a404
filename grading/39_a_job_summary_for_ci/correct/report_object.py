"""What the shop's test run tells GitHub Actions: a job summary, and annotations.

Another correct version: a small report object, the environment read through os.getenv,
the summary as a plain list without a table, and no blank lines.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Outcome = Literal["passed", "failed", "skipped"]


@dataclass(frozen=True)
class Result:
    nodeid: str
    outcome: Outcome
    message: str = ""


def _escape(text: str, *, property: bool = False) -> str:
    pairs = [("%", "%25"), ("\r", "%0D"), ("\n", "%0A")]
    if property:
        pairs += [(":", "%3A"), (",", "%2C")]
    for plain, escaped in pairs:
        text = text.replace(plain, escaped)
    return text


@dataclass
class _Report:
    results: list[Result]

    def of(self, outcome: str) -> list[Result]:
        return [r for r in self.results if r.outcome == outcome]

    def markdown(self) -> str:
        counts = ", ".join(f"{len(self.of(o))} {o}" for o in ("passed", "failed", "skipped"))
        named = [f"* {r.nodeid} ({(r.message.splitlines() or [''])[0]})" for r in self.of("failed")]
        return "\n".join(["### Test results", counts, *named]) + "\n"


def summary(results: list[Result]) -> str:
    return _Report(list(results)).markdown()


def publish(results: list[Result]) -> int:
    report = _Report(list(results))
    path = os.getenv("GITHUB_STEP_SUMMARY")
    if path:
        with Path(path).open("a", encoding="utf-8") as file:
            print(report.markdown(), end="", file=file)
    failures = report.of("failed")
    if os.getenv("GITHUB_ACTIONS") == "true":
        for failure in failures:
            print(
                "::error title="
                + _escape(failure.nodeid, property=True)
                + "::"
                + _escape(failure.message)
            )
    return len(failures)
