"""pytest's configuration made once in the warm parent and handed to each forked run."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import _pytest.config
import pytest

from checker.engine import preconfig


def test_the_options_that_exclude_plugins_are_read_as_pytest_reads_them() -> None:
    args = ["-p", "no:cacheprovider", "-pno:randomly", "-p", "-pno:taken", "-p", "xdist", "-p"]
    assert preconfig.exclusions(args) == ("no:cacheprovider", "no:randomly")


@pytest.fixture
def original(monkeypatch: pytest.MonkeyPatch) -> Callable[..., _pytest.config.Config]:
    """pytest's own get_config, put back after the test whatever happens in it (this
    process's pytest needs it), with no configuration prepared yet."""
    monkeypatch.setattr(preconfig, "_READY", {})
    function = _pytest.config.get_config
    monkeypatch.setattr(_pytest.config, "get_config", function)
    return function


def test_a_prepared_configuration_is_handed_out_once_with_the_runs_own_arguments(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, original: Callable[..., object]
) -> None:
    args = ["-p", "no:cacheprovider", "-q", str(tmp_path)]
    preconfig.prepare(args)
    prepared = preconfig._READY[("no:cacheprovider",)]
    assert prepared.pluginmanager.is_blocked("cacheprovider")
    assert prepared.pluginmanager.get_plugin("terminal") is not None

    preconfig.hand_out(args)
    monkeypatch.chdir(tmp_path)
    plugin = object()
    config = _pytest.config.get_config(args, [plugin], prog="pytest.main()")
    assert config is prepared
    assert config.invocation_params.args == tuple(args)
    assert config.invocation_params.plugins == [plugin]
    assert config.invocation_params.dir == tmp_path
    assert _pytest.config.get_config is original


def test_a_run_whose_options_the_parent_did_not_prepare_makes_its_own(
    original: Callable[..., object],
) -> None:
    preconfig.prepare(["-p", "no:cacheprovider"])
    preconfig.hand_out(["-p", "no:cacheprovider", "-p", "no:randomly"])
    assert _pytest.config.get_config is original
