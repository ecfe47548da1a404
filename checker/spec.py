"""What one run of pytest needs to know: where, with what, within which limits."""

from __future__ import annotations

import json
import os
import sysconfig
from dataclasses import asdict, dataclass, field
from pathlib import Path

BLANK_INI = Path(__file__).with_name("blank.ini")


def installed_prefixes() -> tuple[str, ...]:
    """The folders of the standard library and site-packages, as given and as resolved.

    A module whose file lies under one of them is installed; anything else is local to
    some project (an exercise's own module, a test suite's ``tests`` package).
    """
    places: set[str] = set()
    for key in ("stdlib", "platstdlib", "purelib", "platlib"):
        if path := sysconfig.get_paths().get(key):
            places |= {path, os.path.realpath(path)}
    return tuple(os.path.join(place, "") for place in places)


@dataclass(frozen=True)
class RunSpec:
    """One pytest process: its folder, files, plugins and limits."""

    workdir: Path
    results: Path
    output: Path
    timeout: float
    plugins: tuple[str, ...] = ()
    args: tuple[str, ...] = ()
    coverage_of: str | None = None
    memory_bytes: int = 4 << 30
    max_file_bytes: int = 64 << 20
    environment: dict[str, str] = field(default_factory=dict)

    def config_file(self) -> Path:
        """The exercise's own pytest configuration, or a blank one.

        A blank file keeps pytest from climbing to the course's own pyproject.toml.
        """
        for name in ("pytest.ini", "pyproject.toml", "tox.ini", "setup.cfg"):
            candidate = self.workdir / name
            if candidate.is_file():
                return candidate
        return BLANK_INI

    def pytest_args(self) -> list[str]:
        args = [
            "-c",
            str(self.config_file()),
            f"--rootdir={self.workdir}",
            f"--confcutdir={self.workdir}",
            "-p",
            "no:cacheprovider",
            "-q",
            "-o",
            "verbosity_assertions=2",
        ]
        for plugin in self.plugins:
            args += ["-p", plugin]
        return [*args, *self.args]

    def to_json(self) -> str:
        data = asdict(self)
        for key in ("workdir", "results", "output"):
            data[key] = str(data[key])
        data["plugins"] = list(self.plugins)
        data["args"] = list(self.args)
        return json.dumps(data)

    @classmethod
    def from_json(cls, text: str) -> RunSpec:
        data = json.loads(text)
        for key in ("workdir", "results", "output"):
            data[key] = Path(data[key])
        data["plugins"] = tuple(data["plugins"])
        data["args"] = tuple(data["args"])
        return cls(**data)
