"""End to end: the run writes six valid, deterministic files; failures are isolated; CLI exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from extractor import pipeline
from extractor.cli import cli
from extractor.models import FigureClaim
from extractor.registry import rule

from .conftest import REPO, read_jsonl

FILES = ("articles.jsonl", "claims.jsonl", "entities.jsonl", "flags.jsonl", "errors.jsonl")


def run_cli(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def seed_out(tmp_path_factory: pytest.TempPathFactory, seed_dir: Path) -> Path:
    out = tmp_path_factory.mktemp("seed-out")
    code, stdout, stderr = run_cli("run", str(seed_dir), "--out", str(out))
    assert code == 0, stderr
    assert "1 articles" in stdout and str(out) in stdout
    return out


def test_seed_run_writes_six_files_that_validate(seed_out: Path) -> None:
    for name in FILES:
        assert (seed_out / name).exists()
    assert (seed_out / "manifest.json").exists()
    schemas = REPO / "schemas"
    for name in FILES:
        schema = json.loads((schemas / name.replace(".jsonl", ".schema.json")).read_text())
        for record in read_jsonl(seed_out / name):
            jsonschema.validate(record, schema)
            assert record["schema_version"] == "1.0"
    manifest = json.loads((seed_out / "manifest.json").read_text())
    jsonschema.validate(manifest, json.loads((schemas / "manifest.schema.json").read_text()))
    assert manifest["model"]["version"] and manifest["tool_version"]


def test_seed_money_claim_and_offsets(seed_out: Path, seed_dir: Path) -> None:
    text = (seed_dir / "global-times-korea-exports.txt").read_text(encoding="utf-8")
    claims = read_jsonl(seed_out / "claims.jsonl")
    money = [c for c in claims if c["kind"] == "figure" and c["value"] == 55800000000 and c["unit"] == "USD"]
    assert len(money) == 1
    assert money[0]["evidence"]["text"] == "$55.8 billion"
    for c in claims:
        ev = c["evidence"]
        assert text[ev["start"] : ev["end"]] == ev["text"]
    for f in read_jsonl(seed_out / "flags.jsonl"):
        if f["evidence"]:
            assert text[f["evidence"]["start"] : f["evidence"]["end"]] == f["evidence"]["text"]


def test_output_is_deterministic_and_leaves_no_temp_files(seed_dir: Path, tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    for out in (a, b):
        assert run_cli("run", str(seed_dir), "--out", str(out), "--quiet")[0] == 0
    for name in FILES:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    ma, mb = (json.loads((d / "manifest.json").read_text()) for d in (a, b))
    ma.pop("timings"), mb.pop("timings")
    ma.pop("inputs"), mb.pop("inputs")
    ma["counts"].pop("reused_from_cache"), mb["counts"].pop("reused_from_cache")
    assert ma == mb
    assert not [p for p in a.iterdir() if p.name.endswith(".tmp")]


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Exports rose 5.2% to $12.5 billion in May, the ministry said.", encoding="utf-8")
    (folder / "boom.txt").write_text("This article makes a rule explode: KABOOM. Imports fell 3%.", encoding="utf-8")
    (folder / "empty.txt").write_text("")
    return folder


@pytest.fixture
def exploding_rule():
    @rule("test.explode.v1")
    def explode(doc):
        if "KABOOM" in doc.text:
            raise RuntimeError("rule failed on purpose")
        return iter(())

    pipeline._CONTEXTS.clear()
    yield
    rule._items.pop("test.explode.v1")
    pipeline._CONTEXTS.clear()


def test_one_bad_article_goes_to_errors_and_the_batch_goes_on(articles: Path, tmp_path: Path, exploding_rule) -> None:
    out = tmp_path / "out"
    code, _, _ = run_cli("run", str(articles), "--out", str(out), "--quiet")
    assert code == 0
    done = {a["article_id"] for a in read_jsonl(out / "articles.jsonl")}
    errors = {e["article_id"]: e for e in read_jsonl(out / "errors.jsonl")}
    assert done == {"good"}
    assert set(errors) == {"boom", "empty"}
    assert errors["boom"]["stage"] == "extract" and errors["boom"]["reason"].startswith("rule test.explode.v1 failed: RuntimeError: rule failed on purpose")
    assert any(c["value"] == 12.5e9 for c in read_jsonl(out / "claims.jsonl"))


@pytest.fixture
def invalid_claim_rule():
    @rule("test.invalid.v1")
    def invalid(doc):
        good = next(c for c in doc.claims) if doc.claims else None
        if good is not None:
            yield FigureClaim.model_construct(**{**good.__dict__, "confidence": 7.0})

    pipeline._CONTEXTS.clear()
    yield
    rule._items.pop("test.invalid.v1")
    pipeline._CONTEXTS.clear()


def test_a_record_that_fails_validation_becomes_an_error(articles: Path, tmp_path: Path, invalid_claim_rule) -> None:
    out = tmp_path / "out"
    assert run_cli("run", str(articles / "good.txt"), "--out", str(out), "--quiet")[0] == 0
    errors = read_jsonl(out / "errors.jsonl")
    assert any(e["stage"] == "validate" and "confidence" in e["reason"] for e in errors)
    assert read_jsonl(out / "articles.jsonl")


def test_failed_run_leaves_previous_output_intact(articles: Path, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "out"
    assert run_cli("run", str(articles), "--out", str(out), "--quiet")[0] == 0
    before = {name: (out / name).read_bytes() for name in FILES}

    def crash(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(pipeline, "process_batch", crash)
    with pytest.raises(KeyboardInterrupt):
        pipeline.run([articles], out, force=True)
    assert {name: (out / name).read_bytes() for name in FILES} == before
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["run", "/nonexistent/folder", "--out", "OUT"], "input not found"),
        (["run", "pyproject.toml", "--out", "OUT"], "unsupported input file"),
        (["run", "tests", "--out", "OUT", "--rules", "no.such.rule"], "unknown rule"),
        (["run", "tests", "--out", "OUT", "--model", "no_such_model_xyz"], "no spaCy pipeline"),
        (["run", "tests", "--out", "OUT", "--max-chars", "0"], "Invalid value"),
    ],
)
def test_user_errors_exit_2_with_one_line(args: list[str], message: str, tmp_path: Path) -> None:
    args = [str(tmp_path / "out") if a == "OUT" else a for a in args]
    os.chdir(REPO)
    code, _, stderr = run_cli(*args)
    assert code == 2
    assert message in stderr
    assert "Traceback" not in stderr


def test_unwritable_output_is_a_user_error(articles: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code, _, stderr = run_cli("run", str(articles), "--out", str(blocker / "sub"))
    assert code == 2 and "cannot write output" in stderr


def test_python_dash_m_works() -> None:
    proc = subprocess.run([sys.executable, "-m", "extractor", "--help"], capture_output=True, text=True, cwd=REPO)
    assert proc.returncode == 0 and "run" in proc.stdout and "schema" in proc.stdout


def test_extract_text_api() -> None:
    from extractor import extract_text

    res = extract_text("South Korea's exports rose 7.8% to $55.8 billion in November.", published="2023-12-04")
    by_kind = {c.kind: c for c in res.claims}
    assert by_kind["figure"].value == 55.8e9 and by_kind["figure"].unit == "USD"
    assert str(by_kind["figure"].period.start) == "2023-11-01"
    assert by_kind["percentage"].direction == "up" and by_kind["percentage"].measure == "change"
