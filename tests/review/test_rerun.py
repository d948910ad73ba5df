"""Decisions survive a re-run: `extractor run` re-applies them, reports orphans; export and report use them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from fastapi.testclient import TestClient

from extractor.cli import cli
from extractor.normalize.kbfiles import read_entries
from extractor.normalize.models import KBOrganization, KBPerson
from extractor.review.decisions import (
    ORPHANS_NAME,
    REJECTED_CONFIDENCE,
    REVIEWED_CONFIDENCE,
)
from extractor.review.server import create_app
from extractor.review.storage import Decision, ReviewStore

from .conftest import HOSTILE_TITLE, flag_of, read_jsonl, run_into


def decide(out: Path, flag: dict, action: str, **extra) -> None:
    r = TestClient(create_app(out, reviewer="tester")).post(f"/api/flags/{flag['flag_id']}/decision", json={"action": action, **extra})
    assert r.status_code == 200, r.text


def by_id(records: list[dict], key: str) -> dict[str, dict]:
    return {r[key]: r for r in records}


@pytest.fixture
def decided(out: Path) -> dict:
    """Decisions of every kind on the base run, plus one about a flag no run has."""
    garbled = [f for f in read_jsonl(out / "flags.jsonl") if f["type"] == "garbled_number" and f["claim_ids"]]
    rejected, edited, accepted = garbled[0], garbled[1], garbled[2]
    masked = flag_of(out, "masked_token")
    variant = flag_of(out, "name_variant")
    decide(out, rejected, "reject", reason="the printed figure is right")
    decide(out, edited, "edit", value="9.9", reason="checked the source")
    decide(out, accepted, "accept")
    decide(out, masked, "edit", value="Chinese")
    decide(out, variant, "accept")
    store = ReviewStore.open(out)
    store.record(Decision(flag_id="f_gone0000000000", flag_type="garbled_number", article_id="deleted",
                          action="accept", reviewer="tester"))
    store.close()
    return {"rejected": rejected, "edited": edited, "accepted": accepted, "masked": masked, "variant": variant}


def test_rerun_applies_decisions_and_reports_orphans(articles: Path, out: Path, decided: dict, capsys) -> None:
    before_claims = by_id(read_jsonl(out / "claims.jsonl"), "claim_id")
    run_into(articles, out)
    flags = by_id(read_jsonl(out / "flags.jsonl"), "flag_id")
    claims = by_id(read_jsonl(out / "claims.jsonl"), "claim_id")
    assert flags[decided["rejected"]["flag_id"]]["status"] == "rejected"
    assert flags[decided["edited"]["flag_id"]]["status"] == "accepted"
    assert flags[decided["accepted"]["flag_id"]]["status"] == "accepted"
    assert flags[decided["masked"]["flag_id"]]["status"] == "accepted"
    assert flags[decided["masked"]["flag_id"]]["suggestion"] == "Chinese"
    assert flags[decided["variant"]["flag_id"]]["status"] == "accepted"
    undecided = set(flags) - {d["flag_id"] for d in decided.values()}
    assert undecided and all(flags[i]["status"] == "open" for i in undecided)
    # an edited value stays edited; a claim resting on a rejected repair is marked, its repair kept
    edited = claims[decided["edited"]["claim_ids"][0]]
    assert edited["value"] == 9.9 and edited["confidence"] == REVIEWED_CONFIDENCE
    marked = claims[decided["rejected"]["claim_ids"][0]]
    was = before_claims[marked["claim_id"]]
    assert marked["confidence"] == REJECTED_CONFIDENCE and marked["value"] == was["value"] and marked["repairs"] == was["repairs"]
    assert claims[decided["accepted"]["claim_ids"][0]] == before_claims[decided["accepted"]["claim_ids"][0]]
    # an accepted name variant merges the entities: one id, aliases united
    keep, gone = decided["variant"]["entity_ids"][0], decided["variant"]["entity_ids"][1:]
    entities = by_id(read_jsonl(out / "entities.jsonl"), "entity_id")
    assert keep in entities and not set(gone) & set(entities)
    assert {"Park", "Park Min-jun"} <= set(entities[keep]["aliases"])
    officials = [c for c in claims.values() if c["kind"] == "official"]
    assert officials and all(c["entity_id"] not in gone for c in officials)
    # the orphan: kept in the database, listed, counted, announced
    orphans = json.loads((out / ORPHANS_NAME).read_text())
    assert [o["decision"]["flag_id"] for o in orphans] == ["f_gone0000000000"]
    assert orphans[0]["missing"] == ["flag f_gone0000000000"]
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["counts"]["review"] == {"decisions": 6, "applied": 5, "orphaned": 1}
    assert "1 orphaned" in capsys.readouterr().err
    assert len(ReviewStore.open(out).latest()) == 6


def test_reopened_flags_are_open_again_after_a_run(articles: Path, out: Path, decided: dict) -> None:
    decide(out, decided["edited"], "reopen")
    run_into(articles, out)
    flags = by_id(read_jsonl(out / "flags.jsonl"), "flag_id")
    claims = by_id(read_jsonl(out / "claims.jsonl"), "claim_id")
    assert flags[decided["edited"]["flag_id"]]["status"] == "open"
    assert claims[decided["edited"]["claim_ids"][0]]["value"] != 9.9


def test_run_without_review_database_is_untouched(articles: Path, out: Path) -> None:
    before = (out / "flags.jsonl").read_bytes()
    (out / ORPHANS_NAME).write_text("[]\n", encoding="utf-8")  # a stale list: no decisions now, so no orphans
    run_into(articles, out)
    assert (out / "flags.jsonl").read_bytes() == before
    assert not (out / ORPHANS_NAME).exists() and not (out / "review.sqlite").exists()
    assert "review" not in json.loads((out / "manifest.json").read_text())["counts"]


def test_export_reviewed_without_rerun(out: Path, decided: dict, tmp_path: Path) -> None:
    dest = tmp_path / "reviewed"
    res = CliRunner().invoke(cli, ["export", str(out), "--reviewed", "--out", str(dest)])
    assert res.exit_code == 0, res.output
    flags = by_id(read_jsonl(dest / "flags.jsonl"), "flag_id")
    claims = by_id(read_jsonl(dest / "claims.jsonl"), "claim_id")
    assert flags[decided["rejected"]["flag_id"]]["status"] == "rejected"
    assert claims[decided["edited"]["claim_ids"][0]]["value"] == 9.9
    assert decided["variant"]["entity_ids"][1] not in by_id(read_jsonl(dest / "entities.jsonl"), "entity_id")
    assert len(read_jsonl(dest / "review-decisions.jsonl")) == 6
    assert (dest / "manifest.json").is_file()
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        assert "Parquet skipped" in res.stderr
    else:
        assert (dest / "claims.parquet").is_file()
    # exporting into the run folder itself is refused
    res = CliRunner().invoke(cli, ["export", str(out), "--reviewed", "--out", str(out)])
    assert res.exit_code == 2 and "run folder itself" in res.stderr


def test_export_kb_aliases_writes_loadable_kb_yaml(out: Path, decided: dict, tmp_path: Path) -> None:
    dest = tmp_path / "aliases.yaml"
    res = CliRunner().invoke(cli, ["export", str(out), "--kb-aliases", str(dest)])
    assert res.exit_code == 0, res.output
    doc = yaml.safe_load(dest.read_text(encoding="utf-8"))
    (person,) = doc["people"]
    assert person["name"] in ("Park", "Park Min-jun") and {"Park", "Park Min-jun"} <= {person["name"], *person["aliases"]}
    for key, model in (("people", KBPerson), ("organizations", KBOrganization)):
        part = tmp_path / f"{key}.yaml"
        part.write_text(yaml.safe_dump({key: doc.get(key, [])}), encoding="utf-8")
        assert len(read_entries(part, key, model)) == len(doc.get(key, []))


def test_report_is_static_and_escaped(out: Path, decided: dict) -> None:
    res = CliRunner().invoke(cli, ["report", str(out)])
    assert res.exit_code == 0, res.output
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "<script" not in html.lower()  # neither ours nor the articles'
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "&lt;b&gt;rise&lt;/b&gt;" in html
    assert 'http-equiv="Content-Security-Policy"' in html
    assert "<h2>Flags by type</h2>" in html and "garbled_number" in html
    assert 'class="rejected"' in html or ">rejected<" in html
    assert HOSTILE_TITLE not in html


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["report", "no-such-folder"], "not an extractor output folder"),
        (["export", "no-such-folder", "--reviewed", "--out", "x"], "not an extractor output folder"),
        (["export", "."], "nothing to export"),
        (["review", "no-such-folder"], "not an extractor output folder"),
    ],
)
def test_cli_user_errors(args: list[str], message: str, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    res = CliRunner().invoke(cli, args)
    assert res.exit_code == 2 and message in res.stderr and "Traceback" not in res.output
