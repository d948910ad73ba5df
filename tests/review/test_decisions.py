"""DecisionSet over hand-built records: merges, edits, marks, orphans; KB alias export of organizations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from extractor.models import (
    EntityRecord,
    Evidence,
    FlagRecord,
    Mention,
    OfficialClaim,
    PercentageClaim,
)
from extractor.normalize.kbfiles import read_entries
from extractor.normalize.models import KBOrganization
from extractor.review.decisions import DecisionSet, parse_number
from extractor.review.export import export_kb_aliases
from extractor.review.storage import Decision, ReviewStore
from extractor.settings import Settings


def decision(flag_id: str, action: str, n: int, flag_type: str = "name_variant", **kw) -> Decision:
    return Decision(id=n, flag_id=flag_id, flag_type=flag_type, article_id="a", action=action, reviewer="t", **kw)


def entity(eid: str, name: str, kb_id: str | None = None, type_: str = "person") -> EntityRecord:
    return EntityRecord(entity_id=eid, type=type_, name=name, aliases=[name], article_ids=["a"], kb_id=kb_id,
                        mentions=[Mention(article_id="a", text=name, start=len(eid), end=len(eid) + len(name))])


@pytest.mark.parametrize(
    ("text", "value"),
    [("7.8", 7.8), ("1,234.5", 1234.5), (" 55800000000 ", 55800000000.0), ("7.8%", 7.8), ("1e3", 1000.0),
     ("", None), ("seven", None), ("nan", None), ("inf", None), ("1" * 80, None), ("%", None)],
)
def test_parse_number(text: str, value: float | None) -> None:
    assert parse_number(text) == value


def test_merges_are_transitive_and_keep_the_first_id() -> None:
    ds = DecisionSet([
        decision("f1", "accept", 1, entity_ids=["p-a", "p-b"]),
        decision("f2", "edit", 2, entity_ids=["p-b", "p-c"], value="Alice Chen"),
        decision("f3", "reject", 3, entity_ids=["p-d", "p-e"]),
    ])
    ds.apply_flags([FlagRecord(flag_id=f, article_id="a", type="name_variant", severity="warning", message="m")
                    for f in ("f1", "f2", "f3")])
    out = ds.merge_entities([entity("p-a", "Chen"), entity("p-b", "A. Chen"), entity("p-c", "Alice Chen", kb_id="cn-x"),
                             entity("p-d", "Dee"), entity("p-e", "D.")])
    ids = [e.entity_id for e in out]
    assert ids == ["p-a", "p-d", "p-e"]
    merged = out[0]
    assert merged.name == "Alice Chen" and merged.kb_id == "cn-x"
    assert merged.aliases == ["A. Chen", "Alice Chen", "Chen"] and len(merged.mentions) == 3
    assert ds.orphans() == []


def test_missing_merge_member_is_an_orphan_and_the_rest_still_merges() -> None:
    ds = DecisionSet([decision("f1", "accept", 1, entity_ids=["p-a", "p-gone"])])
    ds.apply_flag(FlagRecord(flag_id="f1", article_id="a", type="name_variant", severity="warning", message="m"))
    out = ds.merge_entities([entity("p-a", "Chen")])
    assert [e.entity_id for e in out] == ["p-a"]
    (orphan,) = ds.orphans()
    assert orphan.missing == ["entity p-gone"]


def _pct(cid: str, value: float) -> PercentageClaim:
    return PercentageClaim(claim_id=cid, article_id="a", value=value, evidence=Evidence(text="x", start=0, end=1),
                           confidence=0.9)


def test_claims_edits_marks_and_entity_remap() -> None:
    ds = DecisionSet([
        decision("f1", "edit", 1, flag_type="garbled_number", claim_id="c1", value="4.5"),
        decision("f2", "reject", 2, flag_type="garbled_number"),
        decision("f3", "accept", 3, entity_ids=["p-a", "p-b"]),
    ])
    flags = [FlagRecord(flag_id="f2", article_id="a", type="garbled_number", severity="info", message="m", claim_ids=["c2"])]
    rejected = ds.rejected_repair_claims(flags)
    assert rejected == {"c2"}
    c1, c2 = ds.apply_claim(_pct("c1", 45.0), rejected), ds.apply_claim(_pct("c2", 3.0), rejected)
    assert (c1.value, c1.confidence) == (4.5, 1.0) and (c2.value, c2.confidence) == (3.0, 0.0)
    official = OfficialClaim(claim_id="c3", article_id="a", person="B", entity_id="p-b",
                             evidence=Evidence(text="B", start=0, end=1), confidence=0.8)
    assert ds.apply_claim(official).entity_id == "p-a"
    assert ds.apply_flags(flags)[0].status == "rejected"


def test_an_edit_that_breaks_the_claim_is_reported_not_applied() -> None:
    ds = DecisionSet([decision("f1", "edit", 1, flag_type="garbled_number", claim_id="c1", value="-4")])
    ds.apply_flag(FlagRecord(flag_id="f1", article_id="a", type="garbled_number", severity="info", message="m"))
    assert ds.apply_claim(_pct("c1", 4.0)).value == 4.0
    (orphan,) = ds.orphans()
    assert "not applied" in orphan.missing[0]


def _jsonl(path: Path, records: list) -> None:
    path.write_text("".join(r.model_dump_json() + "\n" for r in records), encoding="utf-8")


def test_kb_aliases_extend_a_linked_organization_and_skip_unknown_ones(tmp_path: Path) -> None:
    kb = Settings().kb
    if kb is None:
        pytest.skip("no bundled knowledge base")
    org = next(o for f in sorted((kb / "organizations").glob("*.yaml")) for o in read_entries(f, "organizations", KBOrganization))
    out = tmp_path / "out"
    out.mkdir()
    (out / "articles.jsonl").write_text("", encoding="utf-8")
    flags = [FlagRecord(flag_id=f"f{i}", article_id="a", type="name_variant", severity="warning", message="m",
                        entity_ids=ids) for i, ids in enumerate([[org.id, "organization-1"], ["organization-2", "organization-3"]])]
    _jsonl(out / "flags.jsonl", flags)
    _jsonl(out / "entities.jsonl", [entity(org.id, org.name, kb_id=org.id, type_="organization"),
                                    entity("organization-1", "the reviewed body", type_="organization"),
                                    entity("organization-2", "Unknown Board", type_="organization"),
                                    entity("organization-3", "the board", type_="organization")])
    store = ReviewStore.open(out)
    for f in flags:
        store.record(Decision(flag_id=f.flag_id, flag_type=f.type, article_id="a", action="accept", reviewer="t",
                              entity_ids=f.entity_ids))
    store.close()
    res = export_kb_aliases(out, tmp_path / "aliases.yaml", kb)
    assert (res.people, res.organizations) == (0, 1) and len(res.skipped) == 1 and "Unknown Board" in res.skipped[0]
    doc = yaml.safe_load((tmp_path / "aliases.yaml").read_text(encoding="utf-8"))
    (entry,) = read_entries_from(doc, tmp_path)
    assert entry.id == org.id and entry.type == org.type and entry.aliases == [*org.aliases, "the reviewed body"]


def read_entries_from(doc: dict, tmp_path: Path) -> list[KBOrganization]:
    part = tmp_path / "orgs.yaml"
    part.write_text(yaml.safe_dump({"organizations": doc["organizations"]}), encoding="utf-8")
    return read_entries(part, "organizations", KBOrganization)


def test_orphans_file_is_json(tmp_path: Path) -> None:
    ds = DecisionSet([decision("f9", "accept", 1, flag_type="masked_token")])
    ds.has_db = True
    assert ds.report(tmp_path) == {"decisions": 1, "applied": 0, "orphaned": 1}
    assert json.loads((tmp_path / "review-orphans.json").read_text())[0]["missing"] == ["flag f9"]


def test_no_orphans_no_file_and_a_stale_list_is_removed(tmp_path: Path) -> None:
    stale = tmp_path / "review-orphans.json"
    stale.write_text('[{"stale": true}]\n', encoding="utf-8")
    ds = DecisionSet([])
    ds.has_db = True
    assert ds.report(tmp_path) == {"decisions": 0, "applied": 0, "orphaned": 0}
    assert not stale.exists()
    assert ds.report(tmp_path)["orphaned"] == 0 and not stale.exists()  # nothing to remove is fine
