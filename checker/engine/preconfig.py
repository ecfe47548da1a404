"""pytest's configuration with its own plugins loaded, made once in the warm parent.

Every ``pytest.main`` starts by making a plugin manager, importing and registering
pytest's thirty built-in plugins and gathering their command-line options: some 25 ms,
the same in every run of an exercise, before pytest has looked at a single file. The warm
parent makes that much once (per set of ``-p no:NAME`` options, the only arguments it
depends on) and every run forked from it starts from its own copy: ``pytest.main``'s call
of ``get_config`` gets the copy once, with the run's own arguments, folder and plugins,
and from then on ``get_config`` is pytest's own again (for a ``pytester`` in a test, say).
Everything after that (the configuration files, the learner's conftest.py, collection)
is pytest's as always, and is the same in every run.

Only under the fork runner: a run in a fresh interpreter (spawn) or in this process
(the browser's) makes its configuration as plain pytest does.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from _pytest.config import Config

# The prepared configurations, by the ``-p no:NAME`` options they were made with.
_READY: dict[tuple[str, ...], Config] = {}


def exclusions(args: list[str]) -> tuple[str, ...]:
    """The ``-p no:NAME`` options among ``args``, read as pytest's ``get_config`` reads
    them (a ``-p`` takes the next argument, whatever it is)."""
    found: list[str] = []
    rest = iter(args)
    for arg in rest:
        if arg == "-p":
            value = next(rest, None)
        elif arg.startswith("-p"):
            value = arg[2:]
        else:
            continue
        if value is not None and value.strip().startswith("no:"):
            found.append(value.strip())
    return tuple(found)


def prepare(args: list[str]) -> None:
    """Make the configuration that runs with these arguments start from (once)."""
    key = exclusions(args)
    if key in _READY or os.environ.get("PYTEST_DEBUG"):
        # PYTEST_DEBUG makes pytest trace to the terminal from the plugin manager's
        # start; a run never sees that variable, so such a run makes its own.
        return
    from _pytest.config import get_config

    _READY[key] = get_config([arg for value in key for arg in ("-p", value)], prog="pytest.main()")


def hand_out(args: list[str]) -> None:
    """In a forked run: let pytest's next ``get_config`` (pytest.main's) take the
    configuration prepared for ``args``, if the parent made one."""
    config = _READY.pop(exclusions(args), None)
    if config is None:
        return
    import _pytest.config

    original = _pytest.config.get_config

    def get_config(args: Any = None, plugins: Any = None, *, prog: str | None = None) -> Config:
        _pytest.config.get_config = original
        config.invocation_params = config.InvocationParams(
            args=args or (), plugins=plugins, dir=Path.cwd()
        )
        return config

    _pytest.config.get_config = get_config
