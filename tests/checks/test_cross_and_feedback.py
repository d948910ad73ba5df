"""Cross-article check with normalized subjects and metrics, and the repair-confidence feedback."""

from __future__ import annotations

import pytest

from extractor.checks.cross_article import check_across_articles
from extractor.checks.plausibility import check_plausibility
from extractor.checks.share import check_shares
from extractor.models import RepairRef

from .conftest import claim, make_doc, result

NOV = "2023-11"


def _fact(aid: str, text: str, surface: str, subject: str | None, metric: str | None, period: str | None = NOV, **kw):
    return claim(text, surface, article_id=aid, subject=subject, metric=metric, period=period, **kw)


CROSS_CASES = [
    ("same_value_other_spelling", ("South Korea", "exports to China", "$11.4 billion"), ("Korea", "Exports to the PRC", "$11.4 billion"), 0),
    ("rounding_agrees", ("South Korea", "exports to China", "$11.4 billion"), ("the ROK", "exports to China", "$11.42 billion"), 0),
    ("values_differ_after_normalization", ("South Korea's", "total exports to China", "$11.4 billion"), ("ROK", "exports to China", "$12.4 billion"), 2),
    ("other_metric", ("South Korea", "exports to China", "$11.4 billion"), ("South Korea", "imports from China", "$12.4 billion"), 0),
    ("other_subject", ("South Korea", "exports to China", "$11.4 billion"), ("Japan", "exports to China", "$12.4 billion"), 0),
    ("no_metric_too_vague", ("South Korea", None, "$11.4 billion"), ("South Korea", None, "$12.4 billion"), 0),
]


@pytest.mark.parametrize(("name", "a", "b", "n"), CROSS_CASES, ids=[c[0] for c in CROSS_CASES])
def test_cross_article(name: str, a: tuple, b: tuple, n: int) -> None:
    ta, tb = f"Figure: {a[2]}.", f"Figure: {b[2]}."
    results = [
        result("a1", [_fact("a1", ta, a[2], a[0], a[1])]),
        result("a2", [_fact("a2", tb, b[2], b[0], b[1])]),
    ]
    flags = check_across_articles(results)
    assert len(flags) == n, [f.message for f in flags]
    for f in flags:
        other = "a2" if f.article_id == "a1" else "a1"
        assert f"'{other}'" in f.message and f.evidence is not None and len(f.claim_ids) == 2 and f.suggestion


def test_cross_article_other_period_or_duplicate_not_compared() -> None:
    t1, t2 = "Exports: $11.4 billion.", "Exports: $12.4 billion."
    other_period = [
        result("a1", [_fact("a1", t1, "$11.4 billion", "Korea", "exports", NOV)]),
        result("a2", [_fact("a2", t2, "$12.4 billion", "Korea", "exports", "2023-10")]),
    ]
    assert check_across_articles(other_period) == []
    duplicate = [
        result("a1", [_fact("a1", t1, "$11.4 billion", "Korea", "exports")]),
        result("a2", [_fact("a2", t2, "$12.4 billion", "Korea", "exports")], duplicate_of="a1"),
    ]
    assert check_across_articles(duplicate) == []


def test_cross_article_percent_changes_compare_like_baselines_only() -> None:
    t1, t2 = "Exports rose 7.8%.", "Exports rose 2.1%."
    yoy = {"measure": "change", "direction": "up", "baseline": "year on year"}
    mom = {"measure": "change", "direction": "up", "baseline": "from a month earlier"}
    same = [result("a1", [_fact("a1", t1, "7.8%", "Korea", "exports", **yoy)]), result("a2", [_fact("a2", t2, "2.1%", "Korea", "exports", **yoy)])]
    assert len(check_across_articles(same)) == 2
    differ = [result("a1", [_fact("a1", t1, "7.8%", "Korea", "exports", **yoy)]), result("a2", [_fact("a2", t2, "2.1%", "Korea", "exports", **mom)])]
    assert check_across_articles(differ) == []


# ----------------------------------------------------------------------------- repair feedback

SHARE_TEXT = "Exports in November were $55.8 billion. Exports to China in November were {part}, accounting for {share} of total exports."


def _repaired_share_doc(part: str, repaired: str, original: str):
    text = SHARE_TEXT.format(part=part, share=repaired)
    doc = make_doc(text, [("$55.8 billion", {"period": NOV}), (part, {"period": NOV}), (repaired, {"measure": "share"})])
    share = doc.claims[-1]
    share.repairs = [RepairRef(rule="split_decimal.percent.v1", original=original, repaired=repaired, confidence=0.95)]
    share.confidence = 0.855
    return doc, share


@pytest.mark.parametrize(
    ("part", "repaired", "original", "n_flags", "confidence"),
    [
        # 12.17 / 55.8 = 21.8%: only the repaired 21.8% reconciles -> the repair is confirmed
        ("$12.17 billion", "21.8%", "21 percent of total exports8%", 0, 0.9275),
        # 11.72 / 55.8 = 21.0%: only the printed 21 percent reconciles -> the repair is doubted and said so
        ("$11.72 billion", "21.6%", "21 percent of total exports6%", 1, 0.4275),
        # 11.72 / 55.8 = 21.0%: neither 23.6% nor 23 reconciles -> flagged, confidence unchanged
        ("$11.72 billion", "23.6%", "23 percent of total exports6%", 1, 0.855),
        # both readings reconcile -> nothing learned
        ("$11.4 billion", "20.4%", "20 percent of total exports4%", 0, 0.855),
    ],
)
def test_repair_feedback(part: str, repaired: str, original: str, n_flags: int, confidence: float) -> None:
    doc, share = _repaired_share_doc(part, repaired, original)
    flags = check_shares(doc)
    assert len(flags) == n_flags
    assert share.confidence == pytest.approx(confidence)
    if n_flags and confidence < 0.855:
        assert "WITHOUT the number repair" in flags[0].message and "21 percent" in flags[0].suggestion
    elif n_flags:
        assert "does not reconcile it either" in flags[0].message


def test_plausibility_doubts_a_repair_that_made_a_share_impossible() -> None:
    text = "Its share of world exports was 140.5%."
    doc = make_doc(text, [("140.5%", {"measure": "share"})])
    c = doc.claims[0]
    c.repairs = [RepairRef(rule="split_decimal.percent.v1", original="14 percent of world exports5%", repaired="140.5%", confidence=0.9)]
    (flag,) = check_plausibility(doc)
    assert "WITHOUT the number repair" in flag.message and c.confidence < 0.9


def test_cross_article_skips_a_fact_an_article_states_twice_differently() -> None:
    """When one article gives two values for one key its key is too coarse (e.g. a misread metric): no flag from it."""
    t1 = "Exports: $11.4 billion and $9.9 billion."
    t2 = "Exports: $12.4 billion."
    results = [
        result("a1", [_fact("a1", t1, "$11.4 billion", "Korea", "exports"), _fact("a1", t1, "$9.9 billion", "Korea", "exports")]),
        result("a2", [_fact("a2", t2, "$12.4 billion", "Korea", "exports")]),
    ]
    assert check_across_articles(results) == []
