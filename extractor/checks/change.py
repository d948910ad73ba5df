"""Changes: "from X to Y" against a stated change and its direction words; a stated growth rate against two levels."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from functools import lru_cache

from ..claims.context import CLAUSE_BREAK
from ..claims.vocab import percent_cues
from ..document import ArticleDoc
from ..models import FlagRecord, Period
from ..registry import check
from .context import View, _patterns, same_category, same_partner, same_subject, views
from .feedback import guarded, settle
from .precision import Interval, format_interval, format_like

FROM_BEFORE = re.compile(r"\bfrom\s{1,3}(?:(?:about|around|nearly|some)\s{1,3})?$", re.IGNORECASE)
TO_BETWEEN = re.compile(r"\bto\s{1,3}(?:(?:about|around|nearly|some)\s{1,3})?$", re.IGNORECASE)
WORD = re.compile(r"[A-Za-z][A-Za-z-]{0,30}")
#: longest text between the two ends of "from X (in January) (decreased) to Y"
MAX_FROM_TO_GAP = 80
#: how many words before "from" may carry its direction ("exports rose from")
CUE_WORDS_BEFORE = 3
#: longest text between a level and the growth rate describing it ("$55.8 billion in November, up")
MAX_LEVEL_TO_RATE = 45
#: longest text between "from X to Y" and the change stated with it ("from X to Y, or", "rose 5% from X to Y")
MAX_CHANGE_GAP = 60
#: an exchange-rate quote just after a figure ("117 taka per dollar", "1,450 won to the dollar"): the figure is the
#: price of a foreign currency, so the home currency's own change runs the other way (from / to - 1)
EXCHANGE_QUOTE = re.compile(
    r"\s{0,2}(?:[A-Za-z]{1,12}\s{1,2})?(?:per|to\s+(?:the|one|a)|against\s+the|versus\s+the|a)\s{1,2}"
    r"(?:U\.?S\.?\s{1,2}|American\s{1,2})?(?:dollar|euro|yen|yuan|pound|greenback|franc)s?\b",
    re.IGNORECASE,
)
YEAR_BASELINE = re.compile(r"\byear|\byoy\b|y/y|annual", re.IGNORECASE)
#: "rose 8.7% in 2025 to $1.07 trillion": the words between a rate and the level it ends at
RATE_TO_LEVEL = re.compile(
    r"^\s{0,3}(?:(?:in|for|during|over)\s{1,3}[\w -]{1,30}?\s{1,3})?to\s{1,3}(?:(?:about|around|nearly|some|a\s{1,3}record)\s{1,3})?$",
    re.IGNORECASE,
)
#: a period this long is a year (or a fiscal year): a change over it is against the year before
YEAR_DAYS = 360
#: a cumulative period from 1 January this long (two months and more: "first ten months") is compared with a year earlier
CUMULATIVE_DAYS = 58


@lru_cache(maxsize=1)
def _cues() -> tuple[frozenset[str], frozenset[str]]:
    c = percent_cues()
    return frozenset(w.lower() for w in c.up), frozenset(w.lower() for w in c.down)


def directions_in(text: str) -> set[str]:
    """Every direction ('up'/'down') a cue word in `text` states."""
    up, down = _cues()
    found = set()
    for w in WORD.findall(text):
        lw = w.lower()
        if lw in up:
            found.add("up")
        elif lw in down:
            found.add("down")
    return found


def signed(v: View) -> Interval | None:
    """A stated change as a signed interval: "down 7.8%" -> [-7.85, -7.75]; None without a direction."""
    if v.reading is None or v.claim.direction is None:
        return None
    return v.reading.interval if v.claim.direction == "up" else -v.reading.interval


def from_to_pairs(text: str, items: list[View]) -> list[tuple[View, View]]:
    """(X, Y) of every "from X ... to Y" in one sentence, both figures of one unit or both percentages."""
    pairs = []
    for i, a in enumerate(items):
        if a.reading is None or not FROM_BEFORE.search(text[max(a.sent_start, a.start - 30) : a.start]):
            continue
        if _base_of_to_from(text, items, i):
            continue  # "to 27% from 29%": the base of the end stated before it, paired below
        b = next((b for b in items[i + 1 :] if b.sent == a.sent and b.kind == a.kind), None)
        if b is None:
            continue
        gap = text[a.end : b.start]
        if b.reading is None or len(gap) > MAX_FROM_TO_GAP or ";" in gap or not TO_BETWEEN.search(gap):
            continue
        if a.claim.unit != b.claim.unit or (a.kind == "figure" and not (a.is_level and b.is_level)):
            continue
        pairs.append((a, b))
    paired = {id(v) for pair in pairs for v in pair}
    for i, b in enumerate(items):  # "climbed 8.5% to 1.18 billion tons last year from 1.11 billion tons in 2021"
        if b.reading is None:
            continue
        rate_level = _rate_level(b)  # "3.16% in April, up 0.18 percentage point from 3.34% in March"
        if not TO_BETWEEN.search(text[max(b.sent_start, b.start - 30) : b.start]) and not (b.kind == "figure" and b.is_level) and not rate_level:
            continue
        later = (a for a in items[i + 1 :] if a.sent == b.sent and a.kind == b.kind)
        if rate_level:  # its own change in points stands between the two levels
            later = (a for a in later if _rate_level(a))
        a = next(later, None)
        if a is None or id(b) in paired:
            continue
        gap = text[b.end : a.start]
        if a.reading is None or len(gap) > MAX_FROM_TO_GAP or ";" in gap or not BASE_BEFORE.search(gap):
            continue
        if a.claim.unit != b.claim.unit or (a.kind == "figure" and not (a.is_level and b.is_level)):
            continue
        if not TO_BETWEEN.search(text[max(b.sent_start, b.start - 30) : b.start]) and not BASE_AFTER_LEVEL.search(gap):
            continue
        pairs.append((a, b))
        paired.update((id(a), id(b)))
    for i, a in enumerate(items):  # "Compared with 1.22 million tons a year earlier, this year's output was 1.35 million tons"
        if a.reading is None or id(a) in paired or a.start - a.sent_start > 60 or not COMPARED_OPENER.fullmatch(text, a.sent_start, a.start):
            continue
        b = next((b for b in items[i + 1 :] if b.sent == a.sent and b.kind == a.kind), None)
        if b is None or b.reading is None or id(b) in paired:
            continue
        gap = text[a.end : b.start]
        if len(gap) > MAX_FROM_TO_GAP or not re.search(r"[,，]", gap) or re.search(r"[;；]", gap):
            continue
        if a.claim.unit != b.claim.unit or (a.kind == "figure" and not (a.is_level and b.is_level)):
            continue
        pairs.append((a, b))
        paired.update((id(a), id(b)))
    return pairs


#: a sentence that opens with the base it compares with: "Compared with X (in the same period last year), Y ..."
COMPARED_OPENER = re.compile(
    r"\s{0,3}(?:[\"“]\s{0,2})?(?:(?:but|and|however|meanwhile)[,，]?\s{1,3})?(?:as\s{1,3})?(?:compared\s{1,3}(?:with|to)|"
    r"in\s{1,3}comparison\s{1,3}(?:with|to))\s{1,3}(?:(?:about|around|nearly|some|the)\s{1,3})?",
    re.IGNORECASE,
)


def _base_of_to_from(text: str, items: list[View], i: int) -> bool:
    """Whether items[i], after "from", is the base of a "to Y from X" whose end Y stands just before it.

    "cut the rate by 2 points to 27% from 29% on Sept. 27, citing inflation of 20.4%": 29% is where
    the rate came from, not the start of a "from 29% ... to 20.4%".
    """
    a = items[i]
    prev = next((v for v in reversed(items[:i]) if v.sent == a.sent and v.kind == a.kind), None)
    if prev is None or prev.reading is None:
        return False
    return bool(TO_BETWEEN.search(text[max(prev.sent_start, prev.start - 30) : prev.start]) and BASE_BEFORE.search(text[prev.end : a.start]))


def _rate_level(v: View) -> bool:
    """A percentage stating a level of a rate ("inflation was 3.16%"), not a change or a share."""
    return v.kind == "percentage" and v.claim.measure == "level" and v.claim.direction is None


#: the words before an earlier level stated after the later one: "from", "compared with", "versus", "against"
BASE_BEFORE = re.compile(
    r"\b(?:from|compared\s{1,3}(?:with|to)|versus|vs\.?|against)\s{1,3}(?:(?:about|around|nearly|some)\s{1,3})?$", re.IGNORECASE
)
#: "$14.1 billion in 2023, up 16.2% from $12.4 billion", "$14.1 billion, compared with $12.4 billion": a level then its base
BASE_AFTER_LEVEL = re.compile(
    r"(?:\b(?:up|down|rising|falling|increasing|decreasing|an?\s{1,3}(?:increase|decrease|rise|fall|drop|gain|decline))\b[^;]{0,40})?"
    r"\b(?:from|compared\s{1,3}(?:with|to)|versus|vs\.?|against)\s{1,3}(?:(?:about|around|nearly|some)\s{1,3})?$",
    re.IGNORECASE,
)
#: the base's own words put it a year back: "$1.25 trillion in the same period last year", "$12.4 billion a year earlier"
BASE_YEAR_BACK = 40


def baseline_fits(text: str, rate: View, a: View, b: View) -> bool:
    """Whether a rate can be the change from `a` to `b`: its baseline words do not name another span than theirs.

    "rose 5% from a year earlier to $12.3 billion in October, from $11.8 billion in September": the
    rate is year-on-year, the two ends a month apart, so the rate is not their change.
    """
    if rate.baseline is None:
        return True
    from .context import YEAR_BACK

    after_base = re.split(r"[;,]", text[a.end : min(a.sent_end, a.end + BASE_YEAR_BACK)], maxsplit=1)[0]
    pa, pb = a.claim.period, b.claim.period
    if YEAR_BACK.search(after_base):
        year_apart = True
    elif pa is None or pb is None or pa == pb:
        return True  # a period the claim stage could not tell apart: nothing says the rate is not theirs
    else:
        year_apart = year_before(pb) == pa
    return year_apart if rate.baseline == "year" else not year_apart


def _tied(text: str, v: View, a: View, b: View) -> bool:
    """Whether a stated change `v` belongs to "from a to b" (either order): in its clause, near it, about the same flow."""
    lo, hi = min(a.start, b.start), max(a.end, b.end)
    if v.end <= lo:
        gap = text[v.end : lo]
    elif v.start >= hi:
        gap = text[hi : v.start]
    else:
        gap = ""
    if len(gap) > MAX_CHANGE_GAP or CLAUSE_BREAK.search(gap):
        return False
    role = _role_of_metric(v.claim.metric)
    return role is None or a.role is None or role == a.role


def _figure_between(items: list[View], v: View, a: View, b: View) -> bool:
    """Another figure stands between a rate and the pair: the rate describes that one ("up 1.8% to $403.5 billion, ... surplus")."""
    lo, hi = min(a.start, b.start), max(a.end, b.end)
    left, right = (v.end, lo) if v.end <= lo else (hi, v.start)
    return any(x.kind == "figure" and x is not a and x is not b and left <= x.start and x.end <= right for x in items)


def _role_of_metric(metric: str | None) -> str | None:
    if not metric:
        return None
    p = _patterns()
    hits = list(p["role"].finditer(metric))
    return p["role_of"][hits[-1].group(0).lower()] if hits else None


def _only(found: list[View]) -> View | None:
    return found[0] if len(found) == 1 else None


def exchange_quoted(text: str, a: View, b: View) -> bool:
    """Whether either end of "from a to b" is an exchange-rate quote ("117 taka per dollar")."""
    return any(EXCHANGE_QUOTE.match(text, x.end) for x in (a, b))


def _direction_flags(doc: ArticleDoc, a: View, b: View) -> list[FlagRecord]:
    """'rose from X to Y' with Y below X (and the reverse), when every cue word agrees on one direction."""
    text = doc.text
    if exchange_quoted(text, a, b):
        return []  # "the won slid to 1,450 per dollar from 1,300": the word may tell the currency's way, not the rate's
    first, second = (a, b) if a.start <= b.start else (b, a)  # "eased to Y in July from X": the cue stands before Y
    words_before = " ".join(WORD.findall(text[first.sent_start : first.start])[-(CUE_WORDS_BEFORE + 1) :])
    cues = directions_in(words_before) | directions_in(text[first.end : second.start])
    if len(cues) != 1:
        return []  # no cue, or cues that disagree (a garbled sentence): nothing sure to say
    (said,) = cues

    def relation(iv: Mapping[str, Interval]) -> bool:
        diff = iv["to"] - iv["from"]
        return diff.hi >= 0 if said == "up" else diff.lo <= 0

    def describe() -> tuple[str, str | None]:
        went = "fell" if b.reading.value < a.reading.value else "rose"
        word = "a rise" if said == "up" else "a fall"
        return (
            f"The wording says {word}, but the figures {went} from {a.reading.text} to {b.reading.text}.",
            f"{'down' if said == 'up' else 'up'} (or the two figures are swapped)",
        )

    return settle(doc, "check.direction.v1", {"from": a, "to": b}, relation, anchor=a, describe=describe)


def _stated_change_flags(doc: ArticleDoc, items: list[View], a: View, b: View) -> list[FlagRecord]:
    """The change stated in the sentence of "from X to Y" against Y − X (relative, absolute or in points)."""
    others = [v for v in items if v.sent == a.sent and v is not a and v is not b and v.reading is not None]
    others = [v for v in others if _tied(doc.text, v, a, b) and not _figure_between(items, v, a, b)]
    if a.kind == "figure":
        rel = _only([v for v in others if v.kind == "percentage" and v.claim.measure == "change" and v.claim.direction])
        absolute = _only([v for v in others if v.kind == "figure" and v.claim.direction and v.claim.unit == a.claim.unit])
    else:
        rel = None
        absolute = _only([v for v in others if v.kind == "percentage" and v.claim.measure == "points" and v.claim.direction])
    flags: list[FlagRecord] = []
    if rel is not None and not baseline_fits(doc.text, rel, a, b):
        rel = None
    if rel is not None and a.reading.value > 0:

        quoted = exchange_quoted(doc.text, a, b)

        def relation(iv: Mapping[str, Interval]) -> bool:
            stated = iv["change"] if rel.claim.direction == "up" else -iv["change"]
            # an exchange rate's change may be told as the home currency's ("117 taka per dollar from 110 taka,
            # weakening the currency by about 6%"): the inverse ratio then reconciles it
            ratios = [iv["to"] / iv["from"], iv["from"] / iv["to"] if quoted else None]
            return any(r is not None and ((r - Interval.point(1.0)) * 100).meets(stated) for r in ratios)

        def describe() -> tuple[str, str | None]:
            pct = (b.reading.value / a.reading.value - 1) * 100
            iv = ((b.reading.interval / a.reading.interval) - Interval.point(1.0)) * 100
            inverse = ""
            if quoted:
                back = (a.reading.value / b.reading.value - 1) * 100
                inverse = f" Read as the currency's own change, {a.reading.text} / {b.reading.text} - 1 is {back:+.{rel.reading.decimals + 1}f}%."
            return (
                f"Stated change {'+' if rel.claim.direction == 'up' else '-'}{rel.reading.text}; from {a.reading.text} to "
                f"{b.reading.text} is {pct:+.{rel.reading.decimals + 1}f}% ({format_interval(iv, rel.reading)} within rounding).{inverse}",
                f"{'up' if pct >= 0 else 'down'} {format_like(abs(pct), rel.reading)}",
            )

        flags += settle(doc, "check.change.v1", {"from": a, "to": b, "change": rel}, relation, anchor=rel, describe=describe)
    if absolute is not None:

        def relation_abs(iv: Mapping[str, Interval]) -> bool:
            stated = iv["change"] if absolute.claim.direction == "up" else -iv["change"]
            return (iv["to"] - iv["from"]).meets(stated)

        def describe_abs() -> tuple[str, str | None]:
            diff = b.reading.value - a.reading.value
            iv = b.reading.interval - a.reading.interval
            sign = "+" if absolute.claim.direction == "up" else "-"
            return (
                f"Stated change {sign}{absolute.reading.text}; from {a.reading.text} to {b.reading.text} is "
                f"{'+' if diff >= 0 else '-'}{format_like(abs(diff), absolute.reading, 1)} "
                f"({format_interval(iv, absolute.reading)} within rounding).",
                f"{'up' if diff >= 0 else 'down'} {format_like(abs(diff), absolute.reading, 1)}",
            )

        flags += settle(
            doc, "check.change.v1", {"from": a, "to": b, "change": absolute}, relation_abs, anchor=absolute, describe=describe_abs
        )
    return flags


def year_before(p: Period) -> Period | None:
    """The same period one year earlier."""
    try:
        return Period(start=_shift(p.start), end=_shift(p.end))
    except ValueError:
        return None


def _shift(d: date) -> date:
    try:
        return d.replace(year=d.year - 1)
    except ValueError:  # 29 February
        return d.replace(year=d.year - 1, day=28)


def _days(p: Period) -> int:
    return (p.end - p.start).days + 1


def against_year_earlier(v: View) -> bool | None:
    """Whether a stated change is against a year earlier: from its baseline words, else from its period's length.

    A change over a whole year, or over a cumulative period from 1 January ("first ten months"),
    can only be against the same span a year before; a month's or quarter's change without
    baseline words may be against the month before (None: unsaid).
    """
    if v.baseline is not None:
        return v.baseline == "year"
    said = getattr(v.claim, "baseline", None)
    if said:
        return bool(YEAR_BASELINE.search(said))
    p = v.claim.period
    if p is None:
        return None
    if _days(p) >= YEAR_DAYS or (p.start == date(p.start.year, 1, 1) and _days(p) >= CUMULATIVE_DAYS):
        return True
    return None


def same_flow_owner(a: View, b: View, *, explicit_baseline: bool) -> bool:
    """Two levels a year apart are of one subject: not contradicting when the rate names its baseline, else equal.

    A rate read as year-on-year from its period's length alone is weaker evidence of the pairing,
    so a subject named on one side only (after the article's dominant subject fills gaps) does not do.
    """
    if explicit_baseline:
        return same_subject(a, b)
    return a.subject_or_default == b.subject_or_default


def level_of_rate(text: str, items: list[View], rate: View) -> View | None:
    """The level a growth rate describes: "rose 8.7% (in 2025) to $1.07 trillion", else "$55.8 billion in November, up 7.8%"."""
    after = [v for v in items if v.kind == "figure" and v.sent == rate.sent and v.start >= rate.end]
    if after and RATE_TO_LEVEL.match(text[rate.end : after[0].start]):
        return after[0]
    before = [v for v in items if v.kind == "figure" and v.sent == rate.sent and v.end <= rate.start]
    if not before:
        return None
    gap = text[before[-1].end : rate.start]
    return before[-1] if len(gap) <= MAX_LEVEL_TO_RATE and ";" not in gap else None


def _growth_flags(doc: ArticleDoc, items: list[View], rate: View, used: set[int]) -> list[FlagRecord]:
    """A year-on-year rate stated beside a level, against the same flow's level a year earlier stated elsewhere."""
    if rate.claim.measure != "change" or not rate.claim.direction or against_year_earlier(rate) is not True:
        return []
    level = level_of_rate(doc.text, items, rate)
    if level is None or id(level) in used or not level.is_level or level.reading is None or (level.role is None and level.measure is None):
        return []
    if level.claim.period is None or (rate.claim.period is not None and rate.claim.period != level.claim.period):
        return []
    earlier = year_before(level.claim.period)
    found = [
        v
        for v in items
        if v.kind == "figure"
        and v.is_level
        and v.reading is not None
        and v.role == level.role
        and v.measure == level.measure
        and same_partner(v.partner, level.partner)
        and v.claim.unit == level.claim.unit
        and (v.claim.period == earlier if not v.year_back else v.claim.period == level.claim.period and v.sent > level.sent)
        and not v.total
        and same_flow_owner(v, level, explicit_baseline=rate.baseline is not None)
        and same_category(v, level)
    ]
    if len({v.claim.value for v in found}) != 1:
        return []  # no earlier level, or several different ones: not sure which is meant
    base = found[0]
    if base.claim.value <= 0:
        return []

    def relation(iv: Mapping[str, Interval]) -> bool:
        ratio = iv["now"] / iv["before"]
        return ratio is not None and ((ratio - Interval.point(1.0)) * 100).meets(signed_iv(iv["rate"]))

    def signed_iv(iv: Interval) -> Interval:
        return iv if rate.claim.direction == "up" else -iv

    def describe() -> tuple[str, str | None]:
        pct = (level.reading.value / base.reading.value - 1) * 100
        iv = ((level.reading.interval / base.reading.interval) - Interval.point(1.0)) * 100
        return (
            f"Stated year-on-year change {'+' if rate.claim.direction == 'up' else '-'}{rate.reading.text}; "
            f"{level.reading.text} against {base.reading.text} a year earlier is {pct:+.{rate.reading.decimals + 1}f}% "
            f"({format_interval(iv, rate.reading)} within rounding).",
            f"{'up' if pct >= 0 else 'down'} {format_like(abs(pct), rate.reading)}",
        )

    return settle(doc, "check.growth.v1", {"now": level, "before": base, "rate": rate}, relation, anchor=rate, describe=describe)


@check("check.change.v1")
@guarded
def check_changes(doc: ArticleDoc) -> list[FlagRecord]:
    """Flag "from X to Y" against its stated change or direction words, and growth rates against two levels."""
    items = views(doc)
    flags: list[FlagRecord] = []
    used: set[int] = set()
    pairs = from_to_pairs(doc.text, items)
    for a, b in pairs:
        used.update((id(a), id(b)))
        wording = _direction_flags(doc, a, b)
        stated = _stated_change_flags(doc, items, a, b)
        # a stated change against the pair already says which way the figures went: one flag for one contradiction
        flags += stated or wording
    pair_sents = {a.sent for a, _ in pairs}
    for rate in items:
        if rate.kind == "percentage" and rate.reading is not None and rate.sent not in pair_sents:
            flags += _growth_flags(doc, items, rate, used)
    return flags


check_changes.scope = "article"  # type: ignore[attr-defined]
