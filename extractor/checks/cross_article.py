"""Across articles: the same subject, metric and period stated with different values in one run."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from ..models import FlagRecord
from ..registry import check
from .context import (
    _place_names,
    article_subject,
    category,
    normalize_metric,
    normalize_name,
    subject_in_metric,
    title_place,
)
from . import feedback
from .feedback import guarded, make_flag
from .precision import Interval, Reading, stated
from .vocab import check_vocab
from .relations import digit_slip

#: how many other articles a flag names in its message (the rest are counted)
MAX_NAMED = 3
#: longest evidence text quoted from the other article
MAX_QUOTE = 120


#: a baseline a year back, whatever its unit: "from the same month last year", "a year earlier", "year-on-year"
YEAR_BACK = re.compile(r"\blast\s{1,3}year|\ba\s{1,3}year\s{1,3}(?:earlier|ago|before)|\byear[- ]on[- ]year|\byoy\b|y/y|\b(?:previous|prior)\s{1,3}year", re.IGNORECASE)


def _baseline(text: str | None) -> str | None:
    """What a change is measured against: 'year' (a year back), 'quarter', 'month', or None when unsaid."""
    if not text:
        return None
    if YEAR_BACK.search(text):
        return "year"
    t = text.lower()
    for word, key in (("month", "month"), ("quarter", "quarter"), ("year", "year")):
        if re.search(rf"\b{word}", t):
            return key
    return None


#: a normalized metric naming where exports come from ("exports from south korea")
ORIGIN = re.compile(r"(?P<flow>exports)\s(?:from|of)\s(?P<place>[a-z][a-z .'-]{0,40})")


#: "exports from the island", "exports of the country": an origin that only points back at the article's place
ORIGIN_ANAPHOR = re.compile(r"\b(?:from|of)\s{1,3}(?:the|this|that|its)\s{1,3}[a-z][a-z-]{0,20}\s{0,3}$")


def is_change(claim: Any) -> bool:
    """A stated change (a rate with a measure of change, or a figure that is a change amount)."""
    measure = getattr(claim, "measure", None)
    return measure in {"change", "points"} if claim.kind == "percentage" else claim.direction is not None


def strict_key(claim: Any, default_subject: str | None = None) -> tuple | None:
    """What a claim states a value of, as written: kind, unit, measure, direction, baseline, subject, metric, period (None: too vague).

    `default_subject` is not used: as written means the claim's own subject.
    """
    del default_subject
    if claim.kind not in {"figure", "percentage"} or claim.period is None:
        return None
    subject, metric = normalize_name(claim.subject), normalize_metric(claim.metric)
    if subject is None or metric is None:
        return None
    measure = getattr(claim, "measure", None)
    baseline = _baseline(getattr(claim, "baseline", None)) if measure in {"change", "points"} else None
    return ("strict", claim.kind, claim.unit, measure, claim.direction, baseline, subject, metric, claim.period.start, claim.period.end)


def fact_key(claim: Any, default_subject: str | None = None) -> tuple | None:
    """What a claim states a value of, read widely: kind, unit, measure, change or level, subject, metric, period.

    A missing subject is the place the metric opens with, else `default_subject` (the article's);
    the metric is compared without its subject ("China's exports" of China = "exports"). Changes of
    either sign share a key: their signed values are compared.
    """
    if claim.kind not in {"figure", "percentage"} or claim.period is None:
        return None
    if is_change(claim) and claim.direction is None:
        return None  # a change of unknown sign cannot be compared
    in_metric, metric = subject_in_metric(claim.metric)
    origin = ORIGIN.fullmatch(metric or "")
    if origin and in_metric is None:  # "exports from South Korea": the place exports come from is their subject
        in_metric, metric = normalize_name(origin.group("place")), origin.group("flow")
        if ORIGIN_ANAPHOR.search(claim.metric or ""):  # "exports from the island": the article's own place
            in_metric = None
    subject = normalize_name(claim.subject) or in_metric or default_subject
    if metric and subject and metric.startswith(subject + " "):
        metric = metric[len(subject) + 1 :]
    if subject is None or metric is None:
        return None
    measure = getattr(claim, "measure", None)
    baseline = _baseline(getattr(claim, "baseline", None)) if measure in {"change", "points"} else None
    return ("wide", claim.kind, claim.unit, measure, is_change(claim), baseline, subject, metric, claim.period.start, claim.period.end)


def place_of(name: str | None) -> str | None:
    """The place a subject opens with, by its name or demonym ("South Korean shipbuilders" -> "south korea"), else None."""
    if not name:
        return None
    words = name.split()
    for n in range(min(len(words), 4), 0, -1):
        found = normalize_name(" ".join(words[:n]))
        if found in _place_names():
            return found
    return None


#: the flows a metric may add to the goods it names and still be the same fact as the goods alone ("steel" = "steel exports"
#: when the sentence says "China exported 110.7 million tonnes of steel"); canonical names (normalize_metric)
FLOWS = frozenset({"exports", "imports", "trade"})


def flow_words(metric: str | None) -> frozenset[str]:
    """What a metric says beyond its subject and the goods it names ("China's steel exports" -> {"exports"}, "steel" -> {})."""
    _, rest = subject_in_metric(metric)
    goods = category(metric)
    v = check_vocab()
    skip = {w.lower() for w in (*v.generic_metric_words, *v.metric_stopwords)}
    words = (w for w in (rest or "").split() if w not in skip)
    return frozenset(w for w in words if w not in goods and not (w.endswith("s") and w[:-1] in goods))


def same_flow_words(a: str | None, b: str | None) -> bool:
    """Two metrics of the same goods say the same about them: the same further words, or one none and the other only a flow."""
    fa, fb = flow_words(a), flow_words(b)
    return fa == fb or (not fa and fb <= FLOWS) or (not fb and fa <= FLOWS)


def slip_key(claim: Any, default_subject: str | None = None) -> tuple | None:
    """What a level states a value of, read coarsely: kind, unit, the place of its subject, the goods its metric names, period.

    Two articles write one fact in different words ("China exported 110.7 million tonnes of steel", "China's
    steel exports were 101.7 million tons"; "South Korean shipbuilders' new orders", "South Korea's new
    orders"). So coarse a key also groups different facts (steel exports and steel imports), so this pass
    flags only a pair whose values differ by a digit slip (one digit, or two swapped neighbouring digits)
    and whose metrics name no different flows: unrelated figures rarely miss each other that way.
    Levels only, and only metrics that name goods or a category (a bare "exports" is compared by the
    passes before).
    """
    if claim.kind not in {"figure", "percentage"} or claim.period is None or is_change(claim):
        return None
    goods = category(claim.metric)
    if not goods:
        return None
    in_metric, _ = subject_in_metric(claim.metric)
    subject = place_of(claim.subject) or normalize_name(claim.subject) or in_metric or default_subject
    if subject is None:
        return None
    measure = getattr(claim, "measure", None)
    return ("slip", claim.kind, claim.unit, measure, subject, " ".join(sorted(goods)), claim.period.start, claim.period.end)


def _slipped(a: Any, ra: Reading, b: Any, rb: Reading) -> bool:
    """Two levels of one coarse fact that differ as a mistyped copy does: a digit slip, and no two different flows named."""
    if not same_flow_words(a.metric, b.metric):
        return False
    return not ra.interval.meets(rb.interval) and digit_slip(ra, rb.value) and digit_slip(rb, ra.value)


def signed_reading(claim: Any) -> Reading | None:
    """The claim's reading, negated for a change downwards."""
    r = stated(claim)
    if r is None or not (is_change(claim) and claim.direction == "down"):
        return r
    return Reading(-r.value, Interval(-r.interval.hi, -r.interval.lo), r.text, r.scale, r.decimals, r.unit)


def _shown(claim: Any, r: Reading) -> str:
    """A reading as a reviewer reads it: with its sign word for changes ("down 2.1%")."""
    return f"{claim.direction} {r.text}" if is_change(claim) and claim.direction else r.text


def _unambiguous(members: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """Drop an article's claims for a fact it states with several values itself: its key is too coarse there."""
    values: dict[str, set[float]] = defaultdict(set)
    for aid, c in members:
        values[aid].add(c.value)
    return [(aid, c) for aid, c in members if len(values[aid]) == 1]


#: the passes of the check, in order: facts as written, then read widely
KEYERS = (strict_key, fact_key, slip_key)


def fact_keys(res: Any) -> Iterator[tuple[int, tuple, Any]]:
    """(pass, key, claim) for each claim of one article's output that a pass of the check compares.

    The check groups these over the run; a run spills them to disk as each article is written
    (extractor.pipeline.RunStore), so memory does not grow with the run.
    """
    if res.article.duplicate_of is not None:
        return  # a duplicate states what its original states
    default = article_subject(res.claims) or title_place(getattr(res.article, "title", None))
    for p, keyer in enumerate(KEYERS):
        for claim in res.claims:
            key = keyer(claim, default)
            if key is not None and stated(claim) is not None:
                yield p, key, claim


def fact_rows(res: Any) -> list[tuple[int, tuple, Any]]:
    """`fact_keys` as a list."""
    return list(fact_keys(res))


def flags_of_groups(groups: Iterable[tuple[tuple, list[tuple[str, Any]]]]) -> Iterator[FlagRecord]:
    """The flags of the check from its groups: (key, [(article_id, claim), ...]) in pass order, each
    pass's groups in the order of their first claim, members in article then claim order.

    Flags are yielded as each group is settled, so a run writes them without holding them all; a bug
    in one group costs that group's flags (unless EXTRACTOR_STRICT_CHECKS=1).
    """
    flagged: set[str] = set()
    for key, members in groups:
        try:
            found = _clashes(key, _unambiguous(members), flagged)
        except Exception:
            if feedback.STRICT:
                raise
            feedback.log.warning("cross-article check failed on one group; its flags are skipped", exc_info=True)
            continue
        for flag in found:
            flagged.add(flag.claim_ids[0])
            yield flag


@check("check.cross_article.v1")
@guarded
def check_across_articles(results: list[Any]) -> list[FlagRecord]:
    """Flag a claim whose value no rounding reconciles with the same fact stated in another article of the run.

    Facts are matched first as written (`strict_key`), then read widely (`fact_key`: subjects and
    metrics filled in and spelled alike, changes signed) for the claims the first pass left unflagged.
    An article that states one fact with several values is left out of that fact's comparison.
    """
    passes: list[dict[tuple, list[tuple[str, Any]]]] = [defaultdict(list) for _ in KEYERS]
    for res in results:
        for p, key, claim in fact_keys(res):
            passes[p][key].append((res.article.article_id, claim))
    return list(flags_of_groups(group for groups in passes for group in groups.items()))


def _clashes(key: tuple, members: list[tuple[str, Any]], flagged: set[str]) -> list[FlagRecord]:
    """A flag for each claim of `members` that no rounding reconciles with another article's (claims in `flagged` skipped)."""
    if len({aid for aid, _ in members}) < 2:
        return []
    readings = {id(c): signed_reading(c) for _, c in members}
    out: list[FlagRecord] = []
    for aid, claim in members:
        if claim.claim_id in flagged:
            continue
        mine = readings[id(claim)]
        if key[0] == "slip":
            clashes = [(oid, other) for oid, other in members if oid != aid and _slipped(claim, mine, other, readings[id(other)])]
        else:
            clashes = [(oid, other) for oid, other in members if oid != aid and not mine.interval.meets(readings[id(other)].interval)]
        if not clashes:
            continue
        clashes.sort(key=lambda x: (x[0], x[1].evidence.start))
        named = "; ".join(
            f"article '{oid}' states {_shown(o, readings[id(o)])} (\"{o.evidence.text[:MAX_QUOTE]}\")" for oid, o in clashes[:MAX_NAMED]
        )
        more = f" and {len(clashes) - MAX_NAMED} more" if len(clashes) > MAX_NAMED else ""
        what = f"{claim.subject or key[-4].title()} {claim.metric or key[-3]}"
        period = f"{key[-2]}..{key[-1]}"
        slip = " (the figures differ by one digit or two swapped digits, as a mistyped copy does)" if key[0] == "slip" else ""
        out.append(
            make_flag(
                aid,
                "warning",
                f"This article states {_shown(claim, mine)} for {what} ({period}); {named}{more}{slip}.",
                evidence=claim.evidence,
                claim_ids=[claim.claim_id] + [o.claim_id for _, o in clashes[:MAX_NAMED]],
                suggestion=f"check against the source data: {_shown(clashes[0][1], readings[id(clashes[0][1])])} in '{clashes[0][0]}'",
                key=("check.cross_article.v1", claim.claim_id, *(o.claim_id for _, o in clashes)),
            )
        )
    return out


check_across_articles.scope = "run"  # type: ignore[attr-defined]
#: how a run groups this check's facts on disk instead of holding every claim (extractor.pipeline.RunStore):
#: the (pass, key, claim) rows of an article, the flags of the groups, the number of passes
check_across_articles.grouped = (guarded(fact_rows), flags_of_groups, len(KEYERS))  # type: ignore[attr-defined]
