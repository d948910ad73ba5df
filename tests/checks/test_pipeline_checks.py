"""The checks inside the pipeline: short articles through `extract_text` and a two-article run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.pipeline import extract_text, run

from .conftest import inconsistencies


def test_seed_article_gets_no_inconsistency(seed_dir: Path) -> None:
    """The seed's gold lists no inconsistencies (its figures are of different periods and flows)."""
    art = seed_dir / "global-times-korea-exports.txt"
    meta = json.loads(art.with_suffix(".meta.json").read_text(encoding="utf-8"))
    out = extract_text(art.read_text(encoding="utf-8"), meta["published"])
    assert inconsistencies(out.flags) == []


ARTICLES = [
    ("clean",
     "China's total foreign trade in the first 11 months of this year reached $5.41 trillion, according to customs data. "
     "Exports in the first 11 months were $3.08 trillion and imports were $2.33 trillion, leaving a trade surplus of $750 billion. "
     "China's exports to the United States in the first 11 months of this year were $455 billion, accounting for 14.8% of total exports.",
     []),
    ("wrong_share",
     "China's total trade in the first 11 months of this year was 27.41 trillion yuan, of which exports were 8.02 trillion yuan, accounting for 28.3%.",
     ["28.3%"]),
    ("wrong_deficit_and_direction",
     "Exports to Japan in October were $12.5 billion, while imports from Japan in October were $14.1 billion, a deficit of $2.6 billion. "
     "Exports of chips fell from $8.2 billion in September to $9.1 billion in October.",
     ["$2.6 billion", "$8.2 billion"]),
    ("share_over_100", "China's share of world exports reached 283% last year.", ["283%"]),
]


@pytest.mark.parametrize(("name", "text", "flagged"), ARTICLES, ids=[a[0] for a in ARTICLES])
def test_short_articles(name: str, text: str, flagged: list[str]) -> None:
    out = extract_text(text, "2023-12-04")
    flags = inconsistencies(out.flags)
    assert sorted(f.evidence.text for f in flags) == sorted(flagged), [f.message for f in flags]
    for f in flags:
        assert text[f.evidence.start : f.evidence.end] == f.evidence.text
        assert f.claim_ids and all(cid in {c.claim_id for c in out.claims} for cid in f.claim_ids)


@pytest.mark.parametrize(
    ("part", "fragment", "flags", "moves"),
    [
        ("$12.17 billion", "8%", 0, "up"),  # 12.17 / 55.8 = 21.8%: the split-decimal repair 21 + 8% -> 21.8% is confirmed
        ("$11.72 billion", "6%", 1, "down"),  # 11.72 / 55.8 = 21.0%: only the printed 21 percent reconciles
    ],
)
def test_repair_feedback_through_the_pipeline(part: str, fragment: str, flags: int, moves: str) -> None:
    text = (
        f"South Korea's exports in November were $55.8 billion. South Korea's exports to China in November were {part}, "
        f"accounting for 21 percent of South Korea's total exports{fragment}."
    )
    baseline = extract_text(text, "2023-12-04", settings=_no_checks())
    out = extract_text(text, "2023-12-04")
    share = next(c for c in out.claims if c.kind == "percentage")
    before = next(c for c in baseline.claims if c.kind == "percentage")
    assert share.repairs, "the split-decimal repair should have fired"
    assert (share.confidence > before.confidence) if moves == "up" else (share.confidence < before.confidence)
    assert len(inconsistencies(out.flags)) == flags


def _no_checks():
    from extractor.settings import Settings

    return Settings(checks=[])


def test_run_flags_the_same_fact_stated_differently_in_two_articles(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("South Korea's exports to China in November were $11.4 billion, officials said.\n", encoding="utf-8")
    (src / "b.txt").write_text("Korea's exports to China in November were $12.4 billion, data showed.\n", encoding="utf-8")
    (src / "c.txt").write_text("South Korea's exports to China in November were $11.42 billion, data showed.\n", encoding="utf-8")
    for p in src.glob("*.txt"):
        p.with_suffix(".meta.json").write_text('{"published": "2023-12-04"}', encoding="utf-8")
    run([src], tmp_path / "out")
    lines = (tmp_path / "out" / "flags.jsonl").read_text(encoding="utf-8").splitlines()
    flags = [json.loads(x) for x in lines if x.strip()]
    cross = [f for f in flags if f["type"] == "inconsistency"]
    assert sorted(f["article_id"] for f in cross) == ["a", "b", "c"]  # one flag per clashing claim; a and c agree
    b_flag = next(f for f in cross if f["article_id"] == "b")
    assert "'a'" in b_flag["message"] and "$11.4 billion" in b_flag["message"]
    assert all("'b'" in f["message"] for f in cross if f["article_id"] != "b")
