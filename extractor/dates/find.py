"""Find the time expressions of a text: run every rule, keep the longest non-overlapping candidates,
decide each one's role from the words before it, then resolve the expressions that refer to another
period of their sentence ("year on year", "a year earlier", "the same month last year")."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

from extractor.dates import rules
from extractor.dates.calendar import add_months, month_end, months_period, shift_period
from extractor.dates.context import CUE_WINDOW, Context, cue_patterns
from extractor.dates.model import Candidate, TimeExpr
from extractor.dates.rules import WEEKS_PER_QUARTER
from extractor.firstchars import lower_agrees

_SENTENCE_INITIAL = re.compile(r"^[\W_]{0,8}$")


CHUNK_CHARS = 4000  # rules are gated per chunk of about this size (paragraphs); a time expression never spans lines


def _chunks(text: str) -> list[tuple[int, int]]:
    """[lo, hi) runs of whole lines of about CHUNK_CHARS, so gating skips rules on chunks that lack their words."""
    out: list[tuple[int, int]] = []
    lo = 0
    while lo < len(text):
        cut = text.find("\n", min(lo + CHUNK_CHARS, len(text)))
        hi = len(text) if cut < 0 else cut + 1
        out.append((lo, hi))
        lo = hi
    return out


@cache
def _anchors(triggers: tuple[str, ...]) -> tuple[str, ...]:
    return rules.anchors(triggers)


def _select(candidates: list[Candidate], length: int) -> list[Candidate]:
    """The longest candidates that do not overlap (ties: earlier start, then earlier-registered rule)."""
    ranked = sorted(candidates, key=lambda c: (c.start - c.end, c.start))  # stable: rule order breaks ties
    taken = bytearray(length)
    chosen: list[Candidate] = []
    for c in ranked:
        if c.end <= c.start or taken.find(1, c.start, c.end) >= 0:
            continue
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
        chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


# "the fastest pace since November 2017", "the highest since 2015", "the first time since May": the time named
# after a superlative's "since" is a reference point the figure is ranked against, not a period it describes.
_SUPERLATIVE_SINCE = re.compile(
    r"\b(?:[a-z]{2,12}est|most|least|record|first|strongest|weakest|biggest|largest|smallest)\b[^,.;:\d]{0,30}\bsince\s{1,3}$",
    re.IGNORECASE,
)


#: "over" after a change ("up 7% over the previous year", "growth over a year earlier"): the comparison base
_CHANGE_OVER = re.compile(
    r"(?:%|\bpercent|\bper\s?cent|\bpoints?|\bincrease|\bdecrease|\brise|\bgrowth|\bgain|\bdecline|\bdrop|\bfall)"
    r"\s{1,3}over\s{1,3}$",
    re.IGNORECASE,
)


def _role(c: Candidate, ctx: Context) -> str:
    """period, baseline or point, from the rule's own verdict or the cue words just before the span."""
    if c.role:
        return c.role
    cues = cue_patterns()
    before = ctx.before(c.start, CUE_WINDOW)
    if _SUPERLATIVE_SINCE.search(before + (" since " if c.rule == "range.since" else "")):
        return "baseline"
    base = cues.baseline_before.search(before)
    if c.ref_shift is not None:  # "a year earlier", "the previous month": a base unless clearly a period
        if base is None and _CHANGE_OVER.search(before):
            return "baseline"  # "an increase of 77.6% over the previous year"
        if base is None and (cues.period_before.search(before) or _SENTENCE_INITIAL.match(before)):
            return "period"
        return "baseline"
    if base:
        starts_something = c.granularity == "day" or (c.granularity == "month" and ctx.future(c.start))
        if base["cue"].lower() == "from" and starts_something:
            return "point"  # "from March 1", "will apply from January": when something starts
        return "baseline"
    if c.granularity == "day" or cues.point_before.search(before):
        return "point"
    return "period"


REF_SEARCH_LIMIT = 40  # expressions looked at on each side for a reference period: far more than a sentence holds


def _is_reference(o: Candidate, role: str, c: Candidate, sentence: tuple[int, int]) -> bool:
    """Whether o can be the period that expression c is defined against."""
    return (
        role != "baseline" and o.ref_shift is None and o.ref_year is None and o.period is not None
        and sentence[0] <= o.start < sentence[1] and (c.ref_units is None or o.granularity in c.ref_units)
    )


def _resolve_against_sentence(i: int, role: str, chosen: list[tuple[Candidate, str]], ctx: Context) -> tuple[tuple[date, date] | None, str]:
    """The period of chosen[i], defined by the nearest other period of its sentence (before it, else after)."""
    c = chosen[i][0]
    sentence = ctx.sentence(c.start)
    before = (chosen[j] for j in range(i - 1, max(-1, i - 1 - REF_SEARCH_LIMIT), -1))
    after = (chosen[j] for j in range(i + 1, min(len(chosen), i + 1 + REF_SEARCH_LIMIT)))
    ref = next((o for o, r in before if _is_reference(o, r, c, sentence)), None)
    if ref is None:
        ref = next((o for o, r in after if _is_reference(o, r, c, sentence)), None)
    if ref is not None and ref.period is not None:
        months = 12 * (c.ref_year - ref.period[0].year) if c.ref_year is not None else (c.ref_shift or 0)
        return shift_period(ref.period, months), ref.granularity
    if role == "period" and c.period is not None:
        return c.period, c.granularity  # "In the previous year, ..." read against the published date
    return None, c.granularity


GRID_REACH = 8  # quarters searched on each side of a fiscal anchor: two years, more than one article spans


def _grid_quarter(anchor: Candidate, j: int) -> tuple[date, date]:
    """Quarter j of the fiscal grid whose quarter 0 is the anchor (13-week steps, or 3 months when it ends a month)."""
    assert anchor.period is not None
    end = anchor.period[1]
    if anchor.period[0].day == 1 and end == month_end(end.year, end.month):
        last = add_months(end.year, end.month, 3 * j)
        return months_period(*add_months(*last, -2), 3)
    step = timedelta(days=7 * WEEKS_PER_QUARTER)
    return end + step * (j - 1) + timedelta(days=1), end + step * j


def _place_on_grid(chosen: list[tuple[Candidate, str]], ctx: Context) -> None:
    """Re-place yearless quarters on the company calendar an anchor with exact dates gives ("the fiscal second
    quarter ended July 27": "the first quarter" is then the 13 weeks before it, "the current quarter" the one
    holding the published date)."""
    p = ctx.published
    anchor = next((c for c, _ in chosen if c.fiscal_index is not None and c.period is not None), None)
    if anchor is None or p is None or anchor.fiscal_index is None:
        return
    grid = {j: _grid_quarter(anchor, j) for j in range(-GRID_REACH, GRID_REACH + 1)}
    current = next((j for j, (a, b) in grid.items() if a <= p <= b), None)
    for c, _ in chosen:
        if c.grid is None:
            continue
        kind, value = c.grid
        if kind == "shift":
            j = None if current is None else current + value
        else:
            js = [j for j in grid if (anchor.fiscal_index - 1 + j) % 4 + 1 == value]
            if ctx.future(c.start):
                j = min((j for j in js if grid[j][1] >= p), default=None)
            else:
                j = max((j for j in js if grid[j][0] <= p), default=None)
        if j is not None and j in grid:
            c.period = grid[j]


def _anaphor_period(c: Candidate, earlier: list[TimeExpr], text: str = "", published: date | None = None) -> tuple[date, date] | None:
    """The period "the quarter" / "for the full year" stands for: the latest period mentioned before it ("on the
    day": the latest day of its sentence).

    "The full year" (or whole, entire) is the year whose part a report gives, not a forecast year named in an
    earlier sentence ("... and 1.6% next year. It expects inflation of 1.9% for the full year": the current
    year): a year wholly after the published date is skipped across a sentence end while an earlier one is there."""
    if c.anaphor == "day":  # "on the day": the day named last before it in the same sentence
        days = [e for e in earlier if e.granularity == "day" and e.period is not None]
        return days[-1].period if days and not SENTENCE_END.search(text, days[-1].end, c.start) else None
    whole = c.anaphor == "year" and FULL_YEAR.search(text, c.start, c.end) is not None
    candidates = [e for e in earlier if e.role == "period" and e.period is not None]
    if whole and published is not None:
        kept = [
            e for e in candidates
            if not (e.period[0] > published and SENTENCE_END.search(text, e.end, c.start))
        ]
        candidates = kept or candidates
    for e in reversed(candidates):
        if c.anaphor == "year" and e.granularity != "day":
            if e.granularity in ("year", "fiscal_year"):
                return e.period
            year = e.period[1].year
            return date(year, 1, 1), date(year, 12, 31)
        if e.granularity == c.anaphor:
            return e.period
    return None


def _ytd_to_day(period: tuple[date, date], earlier: list[TimeExpr], text: str, pos: int) -> tuple[date, date]:
    """A year-to-date span up to the published date ends on the day its sentence named before it instead ("settled on
    Thursday, 7% lower than at the start of the year": to Thursday)."""
    days = [e for e in earlier if e.role == "point" and e.granularity == "day" and e.period is not None]
    if not days or SENTENCE_END.search(text, days[-1].end, pos):
        return period
    day = days[-1].period[1]
    return (period[0], day) if period[0] <= day < period[1] else period


#: an anaphor naming a whole year ("for the full year", "the whole year", "full-year")
FULL_YEAR = re.compile(r"\b(?:full|whole|entire)\b", re.IGNORECASE)
#: a sentence end between two expressions
SENTENCE_END = re.compile(r"[.!?。](?:\s|$)")

_END_OF = re.compile(r"(?:\bthe\s{1,3})?\bend(?:\s{1,3}of\s{1,3}|-)$", re.IGNORECASE)
END_OF_WIDTH = 16  # chars before a period searched for "the end of " / "end-"
END_OF_GRANULARITIES = frozenset({"year", "quarter", "half", "fiscal_year"})


def _period_ends(chosen: list[tuple[Candidate, str]], text: str) -> list[tuple[Candidate, str]]:
    """"at the end of 2024", "end-2024", "the end of the third quarter": the last day, a point that dates a
    stock (as "the end of November" is, in the month rule)."""
    out = []
    for c, role in chosen:
        m = _END_OF.search(text, max(0, c.start - END_OF_WIDTH), c.start)
        if m and role != "baseline" and c.granularity in END_OF_GRANULARITIES and c.period is not None and c.anaphor is None:
            end = c.period[1]
            c = Candidate(m.start(), c.end, "period.end", "day", (end, end), True, role="point")
            role = "point"
        out.append((c, role))
    return out


def find_time_expressions(text: str, published: date | None) -> list[TimeExpr]:
    """Every time expression in text, sorted and non-overlapping, resolved against the published date.

    Relative expressions ("in November", "last year", "the 3rd") need `published`; without it they come
    back with resolved=False and period=None. Absolute ones ("in 2022", "March 3, 2024") always resolve.
    """
    if not text:
        return []
    ctx = Context(text, published)
    lowered = text.lower()
    gated = len(lowered) == len(text)  # a few characters lower-case to two ("İ"): then run every rule
    # rules search only around their triggers when every character that matches a letter case-insensitively
    # lower-cases to it ("ı" and "ſ" match "i" and "s" but stay as they are)
    if gated and lower_agrees(text):
        ctx.lowered = lowered
    candidates: list[Candidate] = []
    for lo, hi in _chunks(text):
        ctx.lo, ctx.hi = lo, hi
        for name, rule in rules.time_rule.select(None):
            triggers = rules.TRIGGERS.get(name)
            if not gated or any(lowered.find(t, lo, hi) >= 0 for t in triggers or ("",)):
                ctx.anchors = _anchors(triggers) if triggers else None
                candidates.extend(rule(ctx))
    chosen = [(c, _role(c, ctx)) for c in _select(candidates, len(text))]
    _place_on_grid(chosen, ctx)
    chosen = _period_ends(chosen, text)
    out: list[TimeExpr] = []
    for i, (c, role) in enumerate(chosen):
        period, gran = c.period, c.granularity
        if c.anaphor is not None:
            period = _anaphor_period(c, out, text, ctx.published)
            if period is None:
                continue  # "for the year" with nothing before it to stand for: not a time expression we can use
        if c.ref_shift is not None or c.ref_year is not None:
            period, gran = _resolve_against_sentence(i, role, chosen, ctx)
        if c.rule == "ytd.so_far" and period is not None and period[1] == ctx.published:
            period = _ytd_to_day(period, out, text, c.start)
        shift = c.ref_shift if role == "baseline" else None
        out.append(TimeExpr(c.start, c.end, text[c.start : c.end], role, period, period is not None, gran, c.rule, shift))
    return out
