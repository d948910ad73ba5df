"""Across articles: the same subject, metric and period stated with different values in one run."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from ..models import FlagRecord
from ..registry import check
from .context import normalize_metric, normalize_name
from .feedback import guarded, make_flag
from .precision import stated

#: how many other articles a flag names in its message (the rest are counted)
MAX_NAMED = 3
#: longest evidence text quoted from the other article
MAX_QUOTE = 120


def _baseline(text: str | None) -> str | None:
    if not text:
        return None
    t = text.lower()
    for word, key in (("month", "month"), ("quarter", "quarter"), ("year", "year")):
        if re.search(rf"\b{word}", t):
            return key
    return None


def fact_key(claim: Any) -> tuple | None:
    """What a claim states a value of: kind, unit, measure, direction, subject, metric, period (None: too vague)."""
    if claim.kind not in {"figure", "percentage"} or claim.period is None:
        return None
    subject, metric = normalize_name(claim.subject), normalize_metric(claim.metric)
    if subject is None or metric is None:
        return None
    measure = getattr(claim, "measure", None)
    baseline = _baseline(getattr(claim, "baseline", None)) if measure in {"change", "points"} else None
    return (claim.kind, claim.unit, measure, claim.direction, baseline, subject, metric, claim.period.start, claim.period.end)


def _unambiguous(members: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """Drop an article's claims for a fact it states with several values itself: its key is too coarse there."""
    values: dict[str, set[float]] = defaultdict(set)
    for aid, c in members:
        values[aid].add(c.value)
    return [(aid, c) for aid, c in members if len(values[aid]) == 1]


@check("check.cross_article.v1")
@guarded
def check_across_articles(results: list[Any]) -> list[FlagRecord]:
    """Flag a claim whose value no rounding reconciles with the same fact stated in another article of the run."""
    groups: dict[tuple, list[tuple[str, Any]]] = defaultdict(list)
    for res in results:
        art = res.article
        if art.duplicate_of is not None:
            continue  # a duplicate states what its original states
        for claim in res.claims:
            key = fact_key(claim)
            if key is not None and stated(claim) is not None:
                groups[key].append((art.article_id, claim))
    flags: list[FlagRecord] = []
    for key, members in groups.items():
        members = _unambiguous(members)
        if len({aid for aid, _ in members}) < 2:
            continue
        readings = {id(c): stated(c) for _, c in members}
        for aid, claim in members:
            mine = readings[id(claim)]
            clashes = [
                (oid, other)
                for oid, other in members
                if oid != aid and not mine.interval.meets(readings[id(other)].interval)
            ]
            if not clashes:
                continue
            clashes.sort(key=lambda x: (x[0], x[1].evidence.start))
            named = "; ".join(
                f"article '{oid}' states {readings[id(o)].text} (\"{o.evidence.text[:MAX_QUOTE]}\")" for oid, o in clashes[:MAX_NAMED]
            )
            more = f" and {len(clashes) - MAX_NAMED} more" if len(clashes) > MAX_NAMED else ""
            what = f"{claim.subject} {claim.metric}".strip()
            period = f"{key[-2]}..{key[-1]}"
            flags.append(
                make_flag(
                    aid,
                    "warning",
                    f"This article states {mine.text} for {what} ({period}); {named}{more}.",
                    evidence=claim.evidence,
                    claim_ids=[claim.claim_id] + [o.claim_id for _, o in clashes[:MAX_NAMED]],
                    suggestion=f"check against the source data: {readings[id(clashes[0][1])].text} in '{clashes[0][0]}'",
                    key=("check.cross_article.v1", claim.claim_id, *(o.claim_id for _, o in clashes)),
                )
            )
    return flags


check_across_articles.scope = "run"  # type: ignore[attr-defined]
