"""The results plugin, run inside pytest by pytester: what it writes for each outcome."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from checker.engine import plugin, results
from checker.engine.results import RunResult

RunWithPlugin = Callable[..., RunResult]


@pytest.fixture
def run_with_plugin(
    pytester: pytest.Pytester, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> RunWithPlugin:
    """Run pytester's files with the checker's plugin and read back its results file."""
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")

    def run(*args: str) -> RunResult:
        path = tmp_path / "results.jsonl"
        pytester.runpytest_inprocess(f"--checker-results={path}", *args, plugins=[plugin])
        return results.read(path)

    return run


def test_each_outcome_is_recorded_under_its_node_id(
    pytester: pytest.Pytester, run_with_plugin: RunWithPlugin
) -> None:
    pytester.makepyfile(
        test_mixed="""
        import pytest

        def test_passes(): assert True
        def test_fails(): assert 1 == 2
        @pytest.mark.skip(reason="not today")
        def test_skips(): pass
        @pytest.mark.xfail(reason="known")
        def test_xfails(): assert False
        @pytest.mark.xfail(reason="known")
        def test_xpasses(): pass
        """
    )
    result = run_with_plugin()
    outcomes = {nodeid.split("::")[1]: t.outcome for nodeid, t in result.tests.items()}
    assert outcomes == {
        "test_passes": "passed",
        "test_fails": "failed",
        "test_skips": "skipped",
        "test_xfails": "xfailed",
        "test_xpasses": "xpassed",
    }
    assert result.finished and len(result.collected) == 5


def test_a_failure_keeps_pytests_own_explanation(
    pytester: pytest.Pytester, run_with_plugin: RunWithPlugin
) -> None:
    pytester.makepyfile(test_lists="def test_lists(): assert [1, 2] == [1, 3]")
    message = run_with_plugin().tests["test_lists.py::test_lists"].message
    assert "At index 1 diff: 2 != 3" in message


def test_a_failing_teardown_turns_a_pass_into_an_error(
    pytester: pytest.Pytester, run_with_plugin: RunWithPlugin
) -> None:
    pytester.makepyfile(
        test_teardown="""
        import pytest

        @pytest.fixture
        def resource():
            yield
            raise RuntimeError("cleanup broke")

        def test_uses_it(resource): pass
        """
    )
    test = run_with_plugin().tests["test_teardown.py::test_uses_it"]
    assert test.outcome == "error"
    assert "cleanup broke" in test.message


def test_a_module_that_cannot_be_imported_is_a_collection_error(
    pytester: pytest.Pytester, run_with_plugin: RunWithPlugin
) -> None:
    pytester.makepyfile(test_broken="import no_such_module_here\ndef test_x(): pass")
    result = run_with_plugin()
    assert list(result.collect_errors) == ["test_broken.py"]
    assert "No module named 'no_such_module_here'" in result.collect_errors["test_broken.py"]


def test_a_results_file_cut_mid_line_still_reads_up_to_the_cut(tmp_path: Path) -> None:
    path = tmp_path / "cut.jsonl"
    path.write_text(
        '{"event": "collected", "nodeids": ["t.py::a", "t.py::b"], "seq": 0}\n'
        '{"event": "start", "nodeid": "t.py::a", "seq": 1}\n'
        '{"event": "report", "nodeid": "t.py::a", "when": "call", "outc'
    )
    result = results.read(path)
    assert result.collected == ["t.py::a", "t.py::b"]
    assert result.running == "t.py::a"
    assert not result.finished and not result.tests


def test_a_files_place_is_resolved_once_however_often_a_run_asks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workdir = tmp_path / "exercise"
    workdir.mkdir()
    recorder = plugin.Recorder(tmp_path / "record.jsonl", workdir)
    resolved: list[str] = []
    real = plugin.os.path.realpath

    def counted(path: str) -> str:
        resolved.append(path)
        return real(path)

    monkeypatch.setattr(plugin.os.path, "realpath", counted)
    inside, outside = str(workdir / "test_shop.py"), str(tmp_path / "elsewhere.py")
    answers = [recorder.local(name) for name in (inside, outside, inside, outside, inside)]
    recorder._file.close()
    assert answers == ["test_shop.py", None, "test_shop.py", None, "test_shop.py"]
    assert resolved == [inside, outside]
