"""Incremental runs: what a re-run into the same OUT redoes, and what it takes as it is."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from extractor import nlp, pipeline
from extractor.output import JSONL_FILES
from extractor.settings import Settings

FAST = Settings(model="none", workers=1)


def outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / f"{name}.jsonl").read_bytes() for name in JSONL_FILES}


@pytest.fixture
def corpus(small_corpus: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    shutil.copytree(small_corpus, folder)
    return folder


@pytest.fixture
def processed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the articles the pipeline processes (rather than takes from the cache)."""
    seen: list[str] = []
    real = pipeline.process_batch

    def spy(inputs, ctx):
        seen.extend(i.article_id for i in inputs)
        return real(inputs, ctx)

    monkeypatch.setattr(pipeline, "process_batch", spy)
    return seen


def test_unchanged_rerun_only_rewrites_the_manifest(corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    first = pipeline.run([corpus], out, FAST)
    before = outputs(out)
    mtimes = {name: (out / f"{name}.jsonl").stat().st_mtime_ns for name in JSONL_FILES}

    def no_model(*args, **kwargs):
        raise AssertionError("an unchanged re-run must not load the model")

    monkeypatch.setattr(nlp, "load_model", no_model)
    monkeypatch.setattr(pipeline, "process_batch", no_model)
    again = pipeline.run([corpus], out, FAST)
    assert outputs(out) == before
    assert {name: (out / f"{name}.jsonl").stat().st_mtime_ns for name in JSONL_FILES} == mtimes
    assert (again.articles, again.claims_by_kind, again.flags_by_type, again.errors) == (
        first.articles, first.claims_by_kind, first.flags_by_type, first.errors)
    assert first.reused == 0 and again.reused == first.articles
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["counts"]["reused_from_cache"] == first.articles
    assert manifest["counts"]["claims_by_kind"] == first.claims_by_kind


def test_unchanged_rerun_removes_what_a_killed_run_left(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    pipeline.run([corpus], out, FAST)
    before = outputs(out)
    left = out / ".claims.jsonl.999999999.tmp"  # a temporary file of a process that no longer exists
    left.write_text("{half a line", encoding="utf-8")
    again = pipeline.run([corpus], out, FAST)
    assert again.reused == again.articles and outputs(out) == before
    assert not left.exists()


def test_one_changed_article_is_the_only_one_processed(corpus: Path, tmp_path: Path, processed: list[str]) -> None:
    out = tmp_path / "out"
    pipeline.run([corpus], out, FAST)
    assert len(processed) == len(list(corpus.glob("*.txt")))
    processed.clear()
    changed = corpus / "wire-oil.txt"
    changed.write_text(changed.read_text().replace("3 percent", "4 percent"), encoding="utf-8")
    again = pipeline.run([corpus], out, FAST)
    assert processed == ["wire-oil"]
    assert again.reused == again.articles - 1
    fresh = tmp_path / "fresh"
    pipeline.run([corpus], fresh, FAST)
    assert outputs(out) == outputs(fresh)


@pytest.mark.parametrize("damage", ["edit", "delete"])
def test_an_output_file_changed_since_the_run_is_written_again(
    damage: str, corpus: Path, tmp_path: Path, processed: list[str]
) -> None:
    out = tmp_path / "out"
    pipeline.run([corpus], out, FAST)
    before = outputs(out)
    processed.clear()
    claims = out / "claims.jsonl"
    if damage == "edit":
        claims.write_bytes(claims.read_bytes().replace(b'"figure"', b'"FIGURE"', 1))
    else:
        claims.unlink()
    again = pipeline.run([corpus], out, FAST)
    assert outputs(out) == before
    assert processed == [] and again.reused == again.articles  # every article from the cache, files written anew


def test_other_settings_and_force_redo_the_run(corpus: Path, tmp_path: Path, processed: list[str]) -> None:
    out = tmp_path / "out"
    pipeline.run([corpus], out, FAST)
    n = len(processed)
    processed.clear()
    fewer = pipeline.run([corpus], out, Settings(model="none", workers=1, checks=["check.share.v1"]))
    assert len(processed) == n and fewer.reused == 0
    processed.clear()
    forced = pipeline.run([corpus], out, Settings(model="none", workers=1, checks=["check.share.v1"]), force=True)
    assert len(processed) == n and forced.reused == 0


def test_a_new_input_file_is_processed_alone(corpus: Path, tmp_path: Path, processed: list[str]) -> None:
    out = tmp_path / "out"
    pipeline.run([corpus], out, FAST)
    processed.clear()
    (corpus / "wire-new.txt").write_text("Exports fell 2.5% in May from a year earlier.\n", encoding="utf-8")
    again = pipeline.run([corpus], out, FAST)
    assert processed == ["wire-new"]
    assert again.articles == len(list(corpus.glob("*.txt")))


@pytest.mark.parametrize("name", ["none", None])
def test_model_identity_names_the_pipeline_load_model_loads(name: str | None) -> None:
    assert nlp.model_identity(name) == nlp.model_info(nlp.load_model(name))


def test_unchanged_rerun_does_not_import_spacy(corpus: Path, tmp_path: Path) -> None:
    """The reuse path names the model from its package's meta.json: a fresh process never imports spaCy."""
    import subprocess
    import sys

    out = tmp_path / "out"
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from extractor.pipeline import run\n"
        "from extractor.settings import Settings\n"
        f"run([Path({str(corpus)!r})], Path({str(out)!r}), Settings(workers=1))\n"
        "print('spacy' in sys.modules)\n"
    )
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    second = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert first.stdout.split()[-1] == "True"  # the first run loads the model
    assert second.stdout.split()[-1] == "False"
