"""Relations found by arithmetic, not by wording: sub-periods against their cumulative period, shares against part ÷ whole.

The wording checks (share.py, sums.py) pair figures by what their sentence says ("of which",
"accounting for"). Writers say the same things in endless other ways ("the share of chips in the
country's total exports dropped to", "in the first half ... in the first seven months"), so these
checks pair claims by what they are instead: same unit, same flow (role, measure, category, partner,
subject) and periods that fit together (two periods that partition a third; one period for a share,
its part and its whole). Such loose pairings can meet by coincidence, so a relation is flagged only
when no candidate reconciles it and exactly one candidate misses it narrowly, the way a slip does
(a wrong or swapped digit, a stale figure a few percent off): unrelated numbers rarely miss that narrowly.
"""

from __future__ import annotations

import itertools
import re
from datetime import timedelta

from ..document import ArticleDoc
from ..models import FlagRecord, Period
from ..registry import check
from .context import View, category, normalize_metric, same_partner, views
from .feedback import guarded, settle
from .precision import Interval, Reading, format_interval, format_like, interval_sum, parts_meet_whole
from .share import computed_share, is_share, part_elsewhere, part_of, share_meets, total_for

#: a sum of sub-periods this close to their cumulative figure (relative) is a near miss: a stale or
#: mistyped part ("$227.93 billion" for 222.9 is 2.3% off); further apart, the figures are more
#: likely of different scopes than a slip (measured: the planted sums of the dev corpora are 1.9-2.9% off)
NEAR_RELATIVE = 0.06
#: how many sub-periods may make up one cumulative period ("first quarter", "April", "May", "June")
MAX_PARTS = 3


def digit_slip(stated: Reading, value: float) -> bool:
    """Whether `value`, printed like `stated`, differs from it by one digit or by two swapped neighbouring digits."""
    a = re.sub(r"\D", "", format_like(stated.value, stated))
    b = re.sub(r"\D", "", format_like(value, stated))
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diff) == 1:
        return True
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def slipped_share_message(share: View, part: View, total: View, what: str, where: str = "") -> tuple[str, str | None]:
    """Message and suggestion of a share one digit off part ÷ total (`where`: " (stated in ...)" of the total)."""
    computed, span = computed_share(share, part, total)
    return (
        f"Stated share {share.reading.text} of {what}; {part.reading.text} ÷ {total.reading.text}{where} = {computed}"
        f" ({span} within rounding), one digit off the stated share.",
        f"{computed} (or one of {part.reading.text}, {total.reading.text} is wrong)",
    )


def one_slipped_pair(share: View, candidates: list[tuple[View, View]]) -> tuple[View, View] | None:
    """The one (part, total) pairing a share misses by a digit slip, when no pairing reconciles it (loose pairings flag
    only the way a mistyped share misses)."""
    judged = [(p, w, share_meets({"part": p.reading.interval, "total": w.reading.interval, "share": share.reading.interval}))
              for p, w in candidates]
    if any(h for _, _, h in judged):
        return None
    near = [(p, w) for p, w, _ in judged if digit_slip(share.reading, p.reading.value / w.reading.value * 100)]
    return near[0] if len({(p.claim.value, w.claim.value) for p, w in near}) == 1 else None


def near_miss(stated: Reading, implied: Interval) -> bool:
    """A stated figure misses what the others imply narrowly: a digit slip, or within NEAR_RELATIVE of it."""
    if digit_slip(stated, implied.mid):
        return True
    gap = max(implied.lo - stated.interval.hi, stated.interval.lo - implied.hi, 0.0)
    return gap <= NEAR_RELATIVE * max(abs(stated.value), 1e-12)


def period_of(v: View) -> Period | None:
    return v.claim.period or v.eff_period


def _flow(v: View) -> str | None:
    """What a figure measures, as the checks read it: its role word, else its measure noun."""
    return v.role or v.measure


def same_flow(a: View, b: View) -> bool:
    """Two figures of one flow: unit, role or measure, category, partner and subject agree."""
    return (
        a.claim.unit == b.claim.unit
        and _flow(a) is not None
        and _flow(a) == _flow(b)
        and category(a.claim.metric) == category(b.claim.metric)
        and same_partner(a.partner, b.partner)
        and (a.subject_or_default is None or b.subject_or_default is None or a.subject_or_default == b.subject_or_default)
    )


def partitions(parts: list[Period], whole: Period) -> bool:
    """Whether the periods, in order, follow each other without gap or overlap and together make `whole`."""
    ordered = sorted(parts, key=lambda p: p.start)
    if ordered[0].start != whole.start or ordered[-1].end != whole.end:
        return False
    return all(x.end + timedelta(days=1) == y.start for x, y in zip(ordered, ordered[1:]))


def _levels(items: list[View]) -> list[View]:
    return [v for v in items if v.kind == "figure" and v.is_level and v.reading is not None and v.claim.value > 0 and period_of(v)]




@check("check.period_sums.v1")
@guarded
def check_period_sums(doc: ArticleDoc) -> list[FlagRecord]:
    """Flag figures of sub-periods that do not add up to the same flow's figure for the period they make up.

    "Exports were $227.93 billion in the first half and $43.63 billion in July; exports in the first
    seven months were $266.52 billion": the first half and July partition January-July.
    """
    figures = _levels(views(doc))
    spans = {id(v): (period_of(v).start, period_of(v).end) for v in figures}
    distinct = set(spans.values())
    flags: list[FlagRecord] = []
    for whole in figures:
        ws, we = spans[id(whole)]
        within = {s for s in distinct if ws <= s[0] and s[1] <= we and s != (ws, we)}
        if not within:  # no figure of a shorter period inside this one (a run of figures of one period)
            continue
        pw = period_of(whole)
        inside = [
            v
            for v in figures
            if spans[id(v)] in within
            and v.claim.value < whole.claim.value
            and same_flow(v, whole)
        ]
        combos = [
            list(c)
            for n in range(2, MAX_PARTS + 1)
            for c in itertools.combinations(inside, n)
            if partitions([period_of(v) for v in c], pw)
        ]
        if not combos:
            continue
        judged = []
        for combo in combos:
            parts = {"whole": whole, **{f"part{i}": v for i, v in enumerate(combo)}}
            holds = parts_meet_whole({k: v.reading.interval for k, v in parts.items()})
            judged.append((combo, parts, holds))
        if any(h for _, _, h in judged):
            continue  # some reading of the article reconciles: nothing sure to say
        near = [(c, p) for c, p, _ in judged if _sum_near_miss(whole, c)]
        if len({tuple(v.claim.value for v in c) for c, _ in near}) != 1:
            continue
        combo, parts = near[0]

        def describe(whole=whole, combo=combo) -> tuple[str, str | None]:
            s = sum(v.reading.value for v in combo)
            iv = interval_sum(v.reading.interval for v in combo)
            listed = " + ".join(f"{v.reading.text} ({_span(period_of(v))})" for v in combo)
            return (
                f"Sub-periods do not add up to the cumulative figure: {listed} = {format_like(s, whole.reading)} "
                f"({format_interval(iv, whole.reading)} within rounding), but {_span(period_of(whole))} is stated as "
                f"{whole.reading.text}.",
                f"{format_like(s, whole.reading)}, or one of the parts is wrong",
            )

        flags += settle(doc, "check.period_sums.v1", parts, parts_meet_whole, anchor=whole, describe=describe)
    return flags


def _sum_near_miss(whole: View, combo: list[View]) -> bool:
    """The whole, or any one part implied by the others, misses its stated value narrowly."""
    if near_miss(whole.reading, interval_sum(v.reading.interval for v in combo)):
        return True
    for v in combo:
        others = interval_sum(o.reading.interval for o in combo if o is not v)
        if digit_slip(v.reading, (whole.reading.interval - others).mid):
            return True
    return False


def _span(p: Period) -> str:
    return f"{p.start:%Y-%m-%d}..{p.end:%Y-%m-%d}"


check_period_sums.scope = "article"  # type: ignore[attr-defined]


#: "the share of chips in ...", "chips' share of ...": what a share is of, named in its own words
SHARE_OF = re.compile(r"\bshare\s{1,3}of\s{1,3}(?P<x>[a-z][a-z -]{1,40}?)\s{1,3}(?:in|of|among|within)\b", re.IGNORECASE)
#: how far before a share the words naming its part may stand
SHARE_WORDS_BEFORE = 90


def _share_category(text: str, share: View) -> frozenset[str]:
    """The category a share is of: from "the share of X in", else from the share's metric."""
    m = None
    for m in SHARE_OF.finditer(text, max(share.clause_start, share.start - SHARE_WORDS_BEFORE), share.start):
        pass
    if m is not None:
        found = category(m.group("x"))
        if found:
            return found
    return category(share.claim.metric)


@check("check.share_by_category.v1")
@guarded
def check_share_by_category(doc: ArticleDoc) -> list[FlagRecord]:
    """Flag a share of a category ("chips") that its part ÷ the flow's total of the same period misses by a digit slip.

    Only shares the wording check (check.share.v1) could not pair: their part is the one level
    figure of the share's category and period, their whole the same flow's figure with no category.
    """
    text = doc.text
    items = views(doc)
    figures = _levels(items)
    flags: list[FlagRecord] = []
    for share in items:
        if share.kind != "percentage" or share.reading is None or not is_share(text, share) or share.claim.period is None:
            continue
        paired = part_of(text, items, share) or part_elsewhere(text, items, share)
        if paired is not None and total_for(text, items, share, paired) is not None:
            continue  # check.share.v1 judges it
        wanted = _share_category(text, share)
        if not wanted:
            continue
        parts = [v for v in figures if period_of(v) == share.claim.period and category(v.claim.metric) == wanted and not v.total]
        candidates = [
            (p, w)
            for p in parts
            for w in figures
            if w is not p
            and w.claim.unit == p.claim.unit
            and period_of(w) == period_of(p)
            and _flow(w) is not None
            and _flow(w) == _flow(p)
            and not category(w.claim.metric)
            and w.partner is None
            and same_partner(p.partner, None)
            and w.claim.value > p.claim.value
            and (p.subject_or_default is None or w.subject_or_default is None or p.subject_or_default == w.subject_or_default)
        ]
        if not candidates:
            continue

        slipped = one_slipped_pair(share, candidates)
        if slipped is None:
            continue
        part, total = slipped

        def describe(share=share, part=part, total=total) -> tuple[str, str | None]:
            return slipped_share_message(share, part, total, normalize_metric(part.claim.metric) or "the part")

        flags += settle(doc, "check.share_by_category.v1", {"share": share, "part": part, "total": total}, share_meets, anchor=share,
                        describe=describe)
    return flags


check_share_by_category.scope = "article"  # type: ignore[attr-defined]
