"""One check of the current exercise, in a process of its own (see the package's docstring)."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from dataclasses import fields
from pathlib import Path
from typing import Any

from checker.course import exercise as files
from checker.course.catalogue import Catalogue, Exercise
from checker.engine.grade import BugResult, Verdict
from checker.engine.results import TestResult
from checker.engine.screen import Problem

STOP_SECONDS = 5.0


def verdict_from_json(data: dict[str, Any]) -> Verdict:
    """The verdict that ``checker check --json`` printed, rebuilt for report.py."""
    known = {f.name for f in fields(Verdict)}
    values = {key: value for key, value in data.items() if key in known}
    values["problems"] = [Problem(**p) for p in data.get("problems", [])]
    values["tests"] = [TestResult(**t) for t in data.get("tests", [])]
    values["bugs"] = [BugResult(**b) for b in data.get("bugs", [])]
    return Verdict(**values)


class Check:
    """One ``checker check N --json`` in a process of its own (see the module's docstring)."""

    def __init__(self, catalogue: Catalogue, exercise: Exercise) -> None:
        self.exercise = exercise
        self.hash = files.content_hash(exercise.path)
        # Files, not pipes: a long verdict must not fill a pipe that nobody reads yet.
        self._scratch = Path(tempfile.mkdtemp(prefix="checker-watch-"))
        # The same checker as this process, whatever the current folder holds (-P).
        source = str(Path(__file__).resolve().parents[3])
        path = os.pathsep.join(filter(None, [source, os.environ.get("PYTHONPATH")]))
        command = ["-P", "-m", "checker", "--root", str(catalogue.root), "check"]
        with (
            (self._scratch / "stdout").open("wb") as stdout,
            (self._scratch / "stderr").open("wb") as stderr,
        ):
            self.process = subprocess.Popen(
                [sys.executable, *command, str(exercise.number), "--json"],
                cwd=catalogue.root,
                env={**os.environ, "PYTHONPATH": path},
                stdin=subprocess.DEVNULL,
                stdout=stdout,
                stderr=stderr,
                start_new_session=True,  # the terminal's Ctrl-C is for watch to handle
            )

    def ended(self) -> bool:
        return self.process.poll() is not None

    def outcome(self) -> Verdict | str:
        """The verdict, or what went wrong instead, in the checker's words."""
        code = self.process.wait()
        said, complaint = self._read("stdout"), self._read("stderr").strip()
        shutil.rmtree(self._scratch, ignore_errors=True)
        with contextlib.suppress(ValueError, TypeError, KeyError):
            if code in (0, 1):
                return verdict_from_json(json.loads(said))
            if code == 2:  # a refusal, which --json writes as JSON on stdout
                return str(json.loads(said)["error"])
        return complaint or f"The check stopped unexpectedly (exit code {code})."

    def _read(self, name: str) -> str:
        return (self._scratch / name).read_bytes().decode(errors="replace")

    def stop(self) -> None:
        """Stop the check and every run it started (run.py ends its runs on SIGINT)."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(STOP_SECONDS)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self._scratch, ignore_errors=True)
