"""The time-expression rules: each finds one family of expressions and proposes resolved candidates.

Each rule is registered with `@_rule(name, *triggers)` (into the `time_rule` registry) and is a function
`(ctx) -> Iterator[Candidate]` scanning ctx.text[ctx.lo:ctx.hi]; find.py runs a rule only on chunks that
contain one of its trigger literals, keeps the longest non-overlapping candidates, then decides roles.

Yearless periods ("in November", "the third quarter", "January-October") are placed with one rule,
`place_year`: reported in the past tense, a period belongs to the latest year in which it had begun by
the published date (cumulative periods and month ranges: had ended, or end in the publication month),
so "in December" in a 2023-03-04 article is December 2022; after a future-tense cue in the sentence
("will", "expected to", ...) it is the next occurrence that has not ended yet.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from functools import lru_cache

from extractor.dates.calendar import (
    Period,
    add_months,
    month_end,
    months_period,
    quarter_of,
    shift_date,
    valid_date,
    week_of,
)
from extractor.dates.context import Context
from extractor.dates.model import Candidate
from extractor.dates.patterns import NOT_MORE_NUMBER, YEAR4, YearSpec, fragments, read_year_suffix
from extractor.dates.vocab import FiscalConvention, load_vocab
from extractor.firstchars import quick_start
from extractor.registry import Registry

time_rule = Registry("time rule")

F = fragments()
_I = re.IGNORECASE


def _compile(src: str) -> re.Pattern[str]:
    return quick_start(re.compile(src, _I))


RuleFn = Callable[[Context], Iterator[Candidate]]
TRIGGERS: dict[str, tuple[str, ...]] = {}  # rule name -> lower-case literals, one of which its matches contain
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def anchors(triggers: tuple[str, ...]) -> tuple[str, ...]:
    """Literals one of which every match of a rule with these triggers contains: each trigger's longest piece
    between spaces and hyphens (a pattern may allow more than one space where a trigger has one: "so  far")."""
    return tuple(dict.fromkeys(max(reversed(re.split(r"[\s-]+", t)), key=len) for t in triggers))


def _rule(name: str, *triggers: str) -> Callable[[RuleFn], RuleFn]:
    """Register a rule with the literals that gate it: it runs only on text containing one of them."""

    def register(fn: RuleFn) -> RuleFn:
        TRIGGERS[name] = triggers
        return time_rule(name)(fn)

    return register


# --------------------------------------------------------------------------- year placement helpers


def place_year(ctx: Context, pos: int, first_month: int, last_month: int, *, complete: bool) -> int | None:
    """The year of last_month for a yearless period (see the module docstring), None without a published date."""
    p = ctx.published
    if p is None:
        return None
    crosses_year = first_month > last_month
    if ctx.future(pos):
        return p.year if last_month >= p.month else p.year + 1
    anchor = last_month if complete or crosses_year else first_month
    return p.year if anchor <= p.month else p.year - 1


def year_from_spec(ctx: Context, spec: YearSpec, pos: int, first: int, last: int, *, complete: bool) -> int | None:
    """The year of last_month given what followed the expression ("2022", "last year", nothing ...)."""
    if spec.kind == "abs":
        return spec.value
    if spec.kind == "rel":
        return ctx.published.year + spec.value if ctx.published else None
    year = place_year(ctx, pos, first, last, complete=complete)
    if year is not None and spec.kind == "shift":
        year += spec.value
    return year


def span_months(year_of_last: int | None, first: int, last: int) -> Period | None:
    """Whole months first..last ending in year_of_last (a range may cross New Year)."""
    if year_of_last is None:
        return None
    start_year = year_of_last - 1 if first > last else year_of_last
    return date(start_year, first, 1), month_end(year_of_last, last)


def fiscal_period(label: int, conv: FiscalConvention, *, second: int | None = None) -> Period:
    """The fiscal year labelled `label` under conv ("FY2023-24": second=2024 names its start year)."""
    start_year = label if (second is not None or conv.label == "start" or conv.start_month == 1) else label - 1
    return months_period(start_year, conv.start_month, 12)


def fiscal_containing(day: date, conv: FiscalConvention) -> Period:
    """The fiscal year under conv that contains day."""
    start_year = day.year if day.month >= conv.start_month else day.year - 1
    return months_period(start_year, conv.start_month, 12)


def _cand(start: int, end: int, rule: str, gran: str, period: Period | None, **kw: object) -> Candidate:
    return Candidate(start, end, rule, gran, period, period is not None, **kw)  # type: ignore[arg-type]


def _day_year(ctx: Context, pos: int, month: int, day: int) -> int | None:
    """The year of a yearless day: the last one on or before published, or the next one in future tense."""
    p = ctx.published
    if p is None:
        return None
    if ctx.future(pos):
        return p.year if (month, day) >= (p.month, p.day) else p.year + 1
    return p.year if (month, day) <= (p.month, p.day) else p.year - 1


def _day_candidate(ctx: Context, start: int, end: int, rule: str, month: int, day: int, spec: YearSpec) -> Candidate | None:
    if not 1 <= day <= 31:
        return None
    if spec.kind == "abs":
        year: int | None = spec.value
    elif spec.kind == "rel":
        year = ctx.published.year + spec.value if ctx.published else None
    else:
        year = _day_year(ctx, start, month, day)
        if year is not None and spec.kind == "shift":
            year += spec.value
    if year is None:
        return _cand(start, end, rule, "day", None) if valid_date(2000, month, day) else None
    found = valid_date(year, month, day)
    return _cand(start, end, rule, "day", (found, found)) if found else None


# --------------------------------------------------------------------------- days

_ISO = _compile(rf"(?<![\d/.-])(?P<y>{YEAR4})(?P<sep>[-/.])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}})(?![\d%]|[-/.]\d)")


@_rule("day.iso", "19", "20")
def day_iso(ctx: Context) -> Iterator[Candidate]:
    """2024-03-03, 2024/03/03, 2024.03.03."""
    for m in ctx.scan(_ISO):
        found = valid_date(int(m["y"]), int(m["m"]), int(m["d"]))
        if found:
            yield _cand(m.start(), m.end(), "day.iso", "day", (found, found))


_MONTH_DAY = _compile(
    rf"(?<![\w$€£¥₩])(?P<mon>{F.month_any})\s{{0,3}}(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b{NOT_MORE_NUMBER}(?!\s?(?:billion|million|trillion))"
)


@_rule("day.month_day", *_MONTH_STEMS)
def day_month_day(ctx: Context) -> Iterator[Candidate]:
    """December 1, Dec. 4, 2023, March 3rd 2024, December 1 last year."""
    for m in ctx.scan(_MONTH_DAY):
        spec = read_year_suffix(ctx.text, m.end())
        c = _day_candidate(ctx, m.start(), spec.end, "day.month_day", ctx.vocab.month_number(m["mon"]), int(m["d"]), spec)
        if c:
            yield c


_DAY_MONTH = _compile(
    rf"(?<![\w$€£¥₩.,])(?:the\s{{1,3}})?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s{{1,3}}(?:of\s{{1,3}})?(?P<mon>{F.month_any})"
)


@_rule("day.day_month", *_MONTH_STEMS)
def day_day_month(ctx: Context) -> Iterator[Candidate]:
    """3 March 2024, the 3rd of March, 1 December."""
    for m in ctx.scan(_DAY_MONTH):
        spec = read_year_suffix(ctx.text, m.end())
        c = _day_candidate(ctx, m.start(), spec.end, "day.day_month", ctx.vocab.month_number(m["mon"]), int(m["d"]), spec)
        if c:
            yield c


_ORDINAL_DAY = _compile(
    r"\b(?:on|since|from|until|till|by|before|after|as\s{1,3}of)\s{1,3}(?P<span>the\s{1,3}(?P<d>\d{1,2})(?:st|nd|rd|th)"
    r"(?:\s{1,3}of\s{1,3}(?P<which>this|last|next|the)\s{1,3}month)?)"
    r"(?=\s{0,3}(?:[,.;:)\n]|$)|\s{1,3}(?:and|when|to|through|in|at|as|after|before|but|or|until)\b)"
)


def ordinal_day(published: date | None, day: int, which: str | None, future: bool) -> date | None:
    """Day `day` of the publication month, or of the month before when it is after the published day
    (the next month in future tense); `which` ("last"/"next"/"this") names the month outright."""
    if published is None or not 1 <= day <= 31:
        return None
    p = published
    if which in ("this", "the"):
        shift = 0
    elif which == "last":
        shift = -1
    elif which == "next":
        shift = 1
    elif future:
        shift = 0 if day >= p.day else 1
    else:
        shift = 0 if day <= p.day else -1
    year, month = add_months(p.year, p.month, shift)
    return valid_date(year, month, day)


@_rule("day.ordinal", "1st", "2nd", "3rd", "th")
def day_ordinal(ctx: Context) -> Iterator[Candidate]:
    """on the 15th, since the 3rd, on the 3rd of last month."""
    for m in ctx.scan(_ORDINAL_DAY):
        which = m["which"].lower() if m["which"] else None
        if not 1 <= int(m["d"]) <= 31:
            continue
        found = ordinal_day(ctx.published, int(m["d"]), which, ctx.future(m.start()))
        yield _cand(m.start("span"), m.end("span"), "day.ordinal", "day", (found, found) if found else None)


_RELATIVE_DAY = _compile(r"\b(?P<w>yesterday|today|tomorrow)\b")


@_rule("day.relative", "yesterday", "today", "tomorrow")
def day_relative(ctx: Context) -> Iterator[Candidate]:
    """yesterday, today, tomorrow (relative to the published date)."""
    offsets = {"yesterday": -1, "today": 0, "tomorrow": 1}
    for m in ctx.scan(_RELATIVE_DAY):
        p = ctx.published
        day = p + timedelta(days=offsets[m["w"].lower()]) if p else None
        yield _cand(m.start(), m.end(), "day.relative", "day", (day, day) if day else None)


_WEEKDAY = _compile(rf"\b(?P<mod>on|last|this|next)\s{{1,3}}(?P<wd>{F.weekday})")


@_rule("day.weekday", "day")
def day_weekday(ctx: Context) -> Iterator[Candidate]:
    """on Monday (the last one on or before published; the next one in future tense), last/this/next Friday."""
    names = [w.lower() for w in ctx.vocab.weekdays]
    for m in ctx.scan(_WEEKDAY):
        mod = m["mod"].lower()
        start = m.start("wd") if mod == "on" else m.start()
        p = ctx.published
        if p is None:
            yield _cand(start, m.end(), "day.weekday", "day", None)
            continue
        target = names.index(m["wd"].lower())
        back = (p.weekday() - target) % 7
        if mod == "this":
            day = week_of(p)[0] + timedelta(days=target)
        elif mod == "next" or (mod == "on" and ctx.future(m.start())):
            day = p + timedelta(days=(target - p.weekday()) % 7 or 7)
        else:
            day = p - timedelta(days=back or (7 if mod == "last" else 0))
        yield _cand(start, m.end(), "day.weekday", "day", (day, day))


# --------------------------------------------------------------------------- weeks and months

_WEEK = _compile(r"\b(?P<mod>last|this|next|the\s{1,3}current|the\s{1,3}previous|the\s{1,3}prior)\s{1,3}week\b(?:['’]s)?")


@_rule("week.relative", "week")
def week_relative(ctx: Context) -> Iterator[Candidate]:
    """last week, this week, next week (Monday to Sunday, relative to the published week)."""
    for m in ctx.scan(_WEEK):
        mod = m["mod"].split()[-1].lower()
        shift = {"last": -7, "previous": -7, "prior": -7, "this": 0, "current": 0, "next": 7}[mod]
        p = ctx.published
        period = week_of(p + timedelta(days=shift)) if p else None
        yield _cand(m.start(), m.end(), "week.relative", "week", period)


_MONTH = _compile(
    rf"\b(?:(?P<mod>last|this|next|early|late|mid|the\s{{1,3}}end\s{{1,3}}of|end)[\s-]{{1,2}})?(?P<mon>{F.month_any})(?:['’]s\b)?"
)
_AMBIGUOUS_CONTEXT_WIDTH = 12  # chars before an ambiguous month name ("May") searched for "in", "since", ...


@_rule("month.named", *_MONTH_STEMS)
def month_named(ctx: Context) -> Iterator[Candidate]:
    """in November, November's, November 2022, November last year, last November, the end of November."""
    v = ctx.vocab
    context_words = re.compile(rf"\b(?:{'|'.join(map(re.escape, v.month_context_words))})\s{{1,3}}$", _I)
    for m in ctx.scan(_MONTH):
        word = m["mon"].rstrip(".")
        spec = read_year_suffix(ctx.text, m.end())
        is_abbr = word.capitalize() not in v.months
        if is_abbr and spec.kind != "abs" and not m["mod"]:
            continue  # "Jan" alone is too often a name
        if word.capitalize() in v.ambiguous_months and not m["mod"] and spec.kind == "yearless":
            before = ctx.text[max(0, m.start() - _AMBIGUOUS_CONTEXT_WIDTH) : m.start()]
            if not context_words.search(before) and not m.group(0).endswith("s"):
                continue
        if _contract_month().match(ctx.text, spec.end):
            continue  # "futures for November delivery": the month labels the contract, it dates nothing
        month = v.month_number(word)
        mod = m["mod"].split()[-1].lower() if m["mod"] else None
        p = ctx.published
        if mod in ("last", "this", "next") and spec.kind == "yearless":
            if p is None:
                year = None
            elif mod == "last":
                year = p.year if month < p.month else p.year - 1
            elif mod == "next":
                year = p.year if month > p.month else p.year + 1
            else:
                year = p.year
        else:
            year = year_from_spec(ctx, spec, m.start(), month, month, complete=False)
        period = span_months(year, month, month)
        if mod in ("of", "end"):  # "the end of November", "end-November": a point at the month's end
            yield _cand(m.start(), spec.end, "month.end", "day", (period[1], period[1]) if period else None, role="point")
        else:
            yield _cand(m.start(), spec.end, "month.named", "month", period)


@lru_cache(maxsize=1)
def _contract_month() -> re.Pattern[str]:
    """A contract noun right after a month name ("November delivery", "the December-delivery contract")."""
    nouns = "|".join(re.escape(w) for w in sorted(load_vocab().contract_month_nouns, key=len, reverse=True))
    return re.compile(rf"(?:\s{{1,3}}|-)(?:{nouns})\b", re.IGNORECASE) if nouns else re.compile(r"(?!)")


_MONTH_RELATIVE = _compile(r"\b(?P<mod>last|this|next|the\s{1,3}current)\s{1,3}month\b(?:['’]s)?")


@_rule("month.relative", "month")
def month_relative(ctx: Context) -> Iterator[Candidate]:
    """last month, this month, next month, the current month."""
    for m in ctx.scan(_MONTH_RELATIVE):
        shift = {"last": -1, "this": 0, "current": 0, "next": 1}[m["mod"].split()[-1].lower()]
        p = ctx.published
        period = None
        if p:
            year, month = add_months(p.year, p.month, shift)
            period = months_period(year, month, 1)
        yield _cand(m.start(), m.end(), "month.relative", "month", period)


_MONTH_RANGE = _compile(
    rf"\b(?:(?P<lead>from|between)\s{{1,3}})?(?P<m1>{F.month_any})\s{{0,3}}(?P<sep>-|–|—|/|\s(?:to|through|thru|and|until)\s)"
    rf"\s{{0,3}}(?P<m2>{F.month_any})(?:\s{{1,3}}(?P<unit>quarter|period))?"
)


@_rule("range.months", *_MONTH_STEMS)
def range_months(ctx: Context) -> Iterator[Candidate]:
    """January-October, January to October, from January to October, between March and May, the July-September quarter."""
    v = ctx.vocab
    for m in ctx.scan(_MONTH_RANGE):
        sep = m["sep"].strip().lower()
        lead = (m["lead"] or "").lower()
        if (sep == "and") != (lead == "between"):
            continue  # "January and February" is a list; "between January to May" is not English
        first, last = v.month_number(m["m1"]), v.month_number(m["m2"])
        if first == last:
            continue
        spec = read_year_suffix(ctx.text, m.end(), fiscal=False)
        year = year_from_spec(ctx, spec, m.start(), first, last, complete=True)
        period = span_months(year, first, last)
        n_months = (last - first) % 12 + 1
        if m["unit"] and m["unit"].lower() == "quarter" and n_months == 3 and first % 3 == 1:
            gran = "quarter"
        elif first == 1:
            gran = "ytd"
        else:
            gran = "range"
        yield _cand(m.start(), spec.end, "range.months", gran, period)


# --------------------------------------------------------------------------- quarters and halves


def _part_candidate(ctx: Context, start: int, rule: str, gran: str, index: int, size: int, spec: YearSpec, *, fiscal_word: bool = False) -> Candidate:
    """A quarter (size 3) or half (size 6) number `index` (1-based) of the year spec names."""
    if spec.kind == "fiscal" or fiscal_word:
        conv = ctx.fiscal_convention(start, spec.end)
        if spec.kind == "fiscal":
            fy: Period | None = fiscal_period(spec.value, conv)
        elif ctx.published is not None:
            fy = fiscal_containing(ctx.published, conv)
            part_start = shift_date(fy[0], (index - 1) * size)
            if part_start > ctx.published and not ctx.future(start):
                fy = (shift_date(fy[0], -12), shift_date(fy[0], 0) - timedelta(days=1))
        else:
            fy = None
        if fy is None:
            return _cand(start, spec.end, rule, gran, None)
        y, mth = fy[0].year, fy[0].month
        return _cand(start, spec.end, rule, gran, months_period(*add_months(y, mth, (index - 1) * size), size))
    first = (index - 1) * size + 1
    last = first + size - 1
    year = year_from_spec(ctx, spec, start, first, last, complete=False)
    return _cand(start, spec.end, rule, gran, span_months(year, first, last))


_QUARTER_WORD = _compile(
    rf"\b(?:the\s{{1,3}})?(?P<ord>{F.ordinal_quarter}|last)(?:\s{{1,3}}|-)(?:(?P<fiscal>fiscal|calendar)(?:\s{{1,3}}|-))?quarter\b(?:['’]s)?"
)
_QUARTER_CODE = _compile(
    rf"\b(?:(?-i:Q)(?P<q1>[1-4])|(?P<q2>[1-4])(?-i:Q)(?:\s?(?P<y2>{YEAR4})|['’]?(?P<yy2>\d{{2}}))?"
    rf"|(?P<y3>{YEAR4})\s?(?-i:Q)(?P<q3>[1-4])"
    rf"|(?-i:FY)\s?['’]?(?P<fy4>{YEAR4}|\d{{2}})\s{{1,3}}(?-i:Q)(?P<q4>[1-4]))\b"  # "FY25 Q2": a quarter of that fiscal year
)


@_rule("quarter.named", "quarter", "q1", "q2", "q3", "q4", "1q", "2q", "3q", "4q", "fy")
def quarter_named(ctx: Context) -> Iterator[Candidate]:
    """the third quarter (of 2024 / of last year / of fiscal 2023), third-quarter, Q3, Q3 2024, 3Q24, 2024Q3, Q2 FY25,
    FY25 Q2, the last quarter of 2023 (alone, "last quarter" is the one before the published quarter: quarter.relative)."""
    finals = {"final": 4, "last": 4}
    for m in ctx.scan(_QUARTER_WORD):
        word = m["ord"].lower()
        q = finals.get(word) or ctx.vocab.count(word)
        spec = read_year_suffix(ctx.text, m.end(), fiscal=True)
        if word == "last" and spec.kind == "yearless":
            continue
        fiscal_word = bool(m["fiscal"]) and m["fiscal"].lower() == "fiscal"
        c = _part_candidate(ctx, m.start(), "quarter.named", "quarter", q, 3, spec, fiscal_word=fiscal_word)
        if spec.kind == "yearless":
            c.grid = ("index", q)
        yield c
    for m in ctx.scan(_QUARTER_CODE):
        if m["q1"]:
            spec = read_year_suffix(ctx.text, m.end(), fiscal=True)
            q = int(m["q1"])
        elif m["q4"]:
            q, fy = int(m["q4"]), m["fy4"]
            spec = YearSpec("fiscal", int(fy) if len(fy) == 4 else 2000 + int(fy), m.end())
        else:
            q = int(m["q2"] or m["q3"])
            year = m["y2"] or m["y3"]
            value = int(year) if year else (2000 + int(m["yy2"]) if m["yy2"] else 0)
            spec = YearSpec("abs", value, m.end()) if value else read_year_suffix(ctx.text, m.end(), fiscal=True)
        c = _part_candidate(ctx, m.start(), "quarter.code", "quarter", q, 3, spec)
        if spec.kind == "yearless":
            c.grid = ("index", q)
        yield c


_MONTH_QUARTER = _compile(rf"\b(?:the\s{{1,3}})?(?P<mon>{F.month_full})(?:\s{{1,3}}|-)quarter\b(?:['’]s)?")


@_rule("quarter.month", "quarter")
def quarter_month(ctx: Context) -> Iterator[Candidate]:
    """the September quarter, the June quarter of 2024 (Australian and Indian usage): the three months ending with
    that quarter-end month."""
    for m in ctx.scan(_MONTH_QUARTER):
        last = ctx.vocab.month_number(m["mon"])
        if last % 3:
            continue
        spec = read_year_suffix(ctx.text, m.end())
        year = year_from_spec(ctx, spec, m.start(), last, last, complete=True)
        yield _cand(m.start(), spec.end, "quarter.month", "quarter", months_period(year, last - 2, 3) if year else None)


_QUARTER_RELATIVE = _compile(
    r"\b(?P<mod>last|this|next|the\s{1,3}current|the\s{1,3}latest|the\s{1,3}previous|the\s{1,3}preceding|the\s{1,3}prior)"
    r"\s{1,3}quarter\b(?:['’]s)?"
)


@_rule("quarter.relative", "quarter")
def quarter_relative(ctx: Context) -> Iterator[Candidate]:
    """last/this/next quarter (from the published quarter); the previous quarter (before the sentence's period)."""
    for m in ctx.scan(_QUARTER_RELATIVE):
        mod = m["mod"].split()[-1].lower()
        shift = {"last": -1, "latest": -1, "previous": -1, "preceding": -1, "prior": -1, "this": 0, "current": 0, "next": 1}[mod]
        p = ctx.published
        period = None
        if p:
            year, month = add_months(p.year, (quarter_of(p) - 1) * 3 + 1, 3 * shift)
            period = months_period(year, month, 3)
        if mod in ("previous", "preceding", "prior"):
            yield _cand(m.start(), m.end(), "quarter.previous", "quarter", period, ref_shift=-3, ref_units=("quarter",))
        else:
            yield _cand(m.start(), m.end(), "quarter.relative", "quarter", period, grid=("shift", shift))


# A part of a company's year given by its last day: "the fiscal second quarter ended July 27", "the three months
# ending Sept. 30, 2024". The day names the end; the start follows from the length.
_PART_ENDING = _compile(
    rf"\b(?:the\s{{1,3}})?(?:(?:fiscal|financial)\s{{1,3}})?"
    rf"(?:(?P<ord>{F.ordinal_quarter})(?:\s{{1,3}}|-)(?:(?:fiscal|financial)\s{{1,3}})?quarter|(?P<n>three|six|nine|twelve|3|6|9|12)\s{{1,3}}months|quarter"
    rf"|(?P<year>year))"
    rf"(?:\s{{1,3}}|,\s{{0,3}}which\s{{1,3}})(?:that\s{{1,3}})?(?:ending|ended|ends|through)\s{{1,3}}(?:on\s{{1,3}})?"
    rf"(?P<mon>{F.month_any})(?:\s{{0,3}}(?P<d>\d{{1,2}})\b)?(?:,?\s{{1,3}}(?P<y>{YEAR4})\b)?"
)
_ENDED = re.compile(r"\bended\b", _I)
_FISCAL_WORD = re.compile(r"\b(?:fiscal|financial)\b", _I)
WEEKS_PER_QUARTER = 13  # a quarter that ends mid-month belongs to a 52/53-week fiscal calendar: 13 weeks


def part_ending(end: date, n_months: int) -> Period:
    """The n_months (3, 6, 9, 12) ending on day `end`: whole months when it is a month end, else 13-week quarters."""
    if end == month_end(end.year, end.month):
        year, month = add_months(end.year, end.month, 1 - n_months)
        return date(year, month, 1), end
    return end - timedelta(days=7 * WEEKS_PER_QUARTER * n_months // 3 - 1), end


def nearest_day(published: date, month: int, day: int) -> date | None:
    """The (month, day) nearest to the published date, in its year or a neighbouring one."""
    days = [found for y in (published.year - 1, published.year, published.year + 1) if (found := valid_date(y, month, day))]
    return min(days, key=lambda x: abs((x - published).days)) if days else None


@_rule("part.ending", "ending", "ended", "ends", "through")
def part_ending_rule(ctx: Context) -> Iterator[Candidate]:
    """the fiscal second quarter ended July 27, the quarter ending Oct. 26, the three months ended Sept. 30, 2024, the
    (fiscal) year ended March 31: the twelve months to that day."""
    for m in ctx.scan(_PART_ENDING):
        if m["year"] and _FISCAL_WORD.search(m.group(0)):
            continue  # "the fiscal year ended September 30": fiscal.ending's
        month = ctx.vocab.month_number(m["mon"])
        if m["d"] is None:  # "the quarter ending December 2023": the month's last day
            year = int(m["y"]) if m["y"] else place_year(ctx, m.start(), month, month, complete=True)
            end = month_end(year, month) if year else None
        elif m["y"]:
            end = valid_date(int(m["y"]), month, int(m["d"]))
        elif ctx.published is not None:
            end = nearest_day(ctx.published, month, int(m["d"]))
            if end is not None and end > ctx.published and _ENDED.search(m.group(0)):  # "ended": already over
                end = valid_date(end.year - 1, month, int(m["d"])) or end
        else:
            end = None
        n_months = 12 if m["year"] else ctx.vocab.count(m["n"]) if m["n"] else 3
        period = part_ending(end, n_months) if end else None
        index = ctx.vocab.count(m["ord"].lower()) if m["ord"] and m["ord"].lower() not in ("final", "last") else None
        if m["ord"] and m["ord"].lower() == "final":
            index = 4
        gran = "quarter" if n_months == 3 else "fiscal_year" if m["year"] else "range"
        yield _cand(m.start(), m.end(), "part.ending", gran, period, fiscal_index=index if n_months == 3 else None)


_HALF_WORD = _compile(r"\b(?:the\s{1,3})?(?P<ord>first|second|1st|2nd|latter|last|final)(?:\s{1,3}|-)half\b(?:['’]s)?")
_HALF_CODE = _compile(
    rf"\b(?:(?-i:H)(?P<h1>[12])|(?P<h2>[12])(?-i:H)(?:\s?(?P<y2>{YEAR4})|['’]?(?P<yy2>\d{{2}}))?"
    rf"|(?P<y3>{YEAR4})\s?(?-i:H)(?P<h3>[12]))\b"
)


@_rule("half.named", "half", "h1", "h2", "1h", "2h")
def half_named(ctx: Context) -> Iterator[Candidate]:
    """the first half (of 2024 / of last year), first-half, H1, H1 2024, 1H24, 2024H2."""
    halves = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "latter": 2, "last": 2, "final": 2}
    for m in ctx.scan(_HALF_WORD):
        spec = read_year_suffix(ctx.text, m.end(), fiscal=True)
        yield _part_candidate(ctx, m.start(), "half.named", "half", halves[m["ord"].lower()], 6, spec)
    for m in ctx.scan(_HALF_CODE):
        if m["h1"]:
            spec = read_year_suffix(ctx.text, m.end(), fiscal=True)
            h = int(m["h1"])
        else:
            h = int(m["h2"] or m["h3"])
            year = m["y2"] or m["y3"]
            value = int(year) if year else (2000 + int(m["yy2"]) if m["yy2"] else 0)
            spec = YearSpec("abs", value, m.end()) if value else read_year_suffix(ctx.text, m.end(), fiscal=True)
        yield _part_candidate(ctx, m.start(), "half.code", "half", h, 6, spec)


# --------------------------------------------------------------------------- cumulative periods

_FIRST_MONTHS = _compile(rf"\b(?:the\s{{1,3}})?first\s{{1,3}}(?P<n>{F.count})\s{{1,3}}(?P<unit>months|quarters)\b")


@_rule("ytd.first_months", "months", "quarters")
def ytd_first_months(ctx: Context) -> Iterator[Candidate]:
    """the first nine months (of this year / of 2023), in the first 10 months, the first three quarters."""
    for m in ctx.scan(_FIRST_MONTHS):
        n = ctx.vocab.count(m["n"]) * (3 if m["unit"].lower() == "quarters" else 1)
        if not 1 <= n <= 12:
            continue
        spec = read_year_suffix(ctx.text, m.end(), fiscal=True)
        if spec.kind == "fiscal":
            fy = fiscal_period(spec.value, ctx.fiscal_convention(m.start(), spec.end))
            yield _cand(m.start(), spec.end, "ytd.first_months", "ytd", months_period(fy[0].year, fy[0].month, n))
            continue
        of_fy = _OF_FISCAL_YEAR.match(ctx.text, m.end())
        if of_fy is not None:  # "the first 10 months of the fiscal year (that began in July)"
            yield _cand(m.start(), of_fy.end(), "ytd.first_months", "ytd", _fiscal_months(ctx, m.start(), of_fy, n))
            continue
        year = year_from_spec(ctx, spec, m.start(), 1, n, complete=True)
        yield _cand(m.start(), spec.end, "ytd.first_months", "ytd", span_months(year, 1, n))


_OF_FISCAL_YEAR = _compile(
    rf"\s{{1,3}}of\s{{1,3}}(?:the|this|its|their|the\s{{1,3}}current)\s{{1,3}}(?:(?P<label>{YEAR4})\s?[-–/]\s?\d{{2}}\s{{1,3}})?"
    r"(?:fiscal|financial|(?P<season>marketing|crop))\s{1,3}year\b"
    rf"(?:\s{{1,3}}(?:that\s{{1,3}}|which\s{{1,3}})?(?:started|began|begun|starting|beginning)\s{{1,3}}(?:(?:in|on)\s{{1,3}})?"
    rf"(?P<mon>{F.month_any})(?:\s{{0,3}}\d{{1,2}}\b)?)?"
)


def _fiscal_months(ctx: Context, pos: int, m: re.Match[str], n: int) -> Period | None:
    """The first n months of the latest fiscal year (starting in the named month, else by its convention) whose n
    months have ended by the publication month; of a labelled year ("the 2024/25 marketing year that began in
    November") the months from its named start month in its first year; of a marketing or crop year whose start is
    not given, None."""
    if m["season"] and not m["mon"]:
        return None  # "the first five months of the 2024/25 marketing year": the season's months are not given
    if m["label"] and m["mon"]:  # "of the 2024/25 marketing year that began in November": November 2024 on
        return months_period(int(m["label"]), ctx.vocab.month_number(m["mon"]), n)
    p = ctx.published
    if p is None:
        return None
    first = ctx.vocab.month_number(m["mon"]) if m["mon"] else ctx.fiscal_convention(pos, m.end()).start_month
    for year in (p.year, p.year - 1, p.year - 2):
        if add_months(year, first, n - 1) <= (p.year, p.month):
            return months_period(year, first, n)
    return None


_MONTHS_TO = _compile(
    rf"\b(?:the\s{{1,3}})?(?:(?P<n>{F.count})\s{{1,3}}months|(?P<year>year)|(?P<quarter>quarter))\s{{1,3}}(?:to|through|thru|end(?:ing|ed)\s{{1,3}}in)\s{{1,3}}"
    rf"(?:the\s{{1,3}}end\s{{1,3}}of\s{{1,3}})?(?P<mon>{F.month_full})(?!\s{{0,3}}\d{{1,2}}\b)"
)


@_rule("range.months_to", "months", "year", "quarter")
def range_months_to(ctx: Context) -> Iterator[Candidate]:
    """the 12 months to March, the year to March, the three months through May, the quarter to June, the 12 months ending
    in March: whole
    months ending with that month (the latest one that has ended, or the next in future tense)."""
    for m in ctx.scan(_MONTHS_TO):
        n = 12 if m["year"] else 3 if m["quarter"] else ctx.vocab.count(m["n"])
        if not 1 <= n <= 24:
            continue
        last = ctx.vocab.month_number(m["mon"])
        spec = read_year_suffix(ctx.text, m.end())
        year = year_from_spec(ctx, spec, m.start(), last, last, complete=True)
        period = None
        if year is not None:
            first_year, first_month = add_months(year, last, 1 - n)
            period = (date(first_year, first_month, 1), month_end(year, last))
        gran = "year" if n == 12 and last == 12 else "quarter" if n == 3 and last % 3 == 0 else "range"
        yield _cand(m.start(), spec.end, "range.months_to", gran, period)


_YEAR_TO_DATE = _compile(
    rf"\b(?:so\s{{1,3}}far\s{{1,3}}(?:this\s{{1,3}}year|in\s{{1,3}}(?:(?P<y>{YEAR4})|the\s{{1,3}}year))"
    r"|(?:this|the)\s{1,3}year\s{1,3}so\s{1,3}far|year[\s-]{1,3}to[\s-]{1,3}date|(?-i:YTD)"
    r"|since\s{1,3}the\s{1,3}(?:start|beginning)\s{1,3}of\s{1,3}(?:the|this)\s{1,3}year"
    r"|(?<=than\s)at\s{1,3}the\s{1,3}(?:start|beginning)\s{1,3}of\s{1,3}(?:the|this)\s{1,3}year)\b"
)


_YTD_UNTIL = _compile(rf"\s{{1,3}}(?:as\s{{1,3}}of|through|until|to)\s{{1,3}}(?P<mon>{F.month_any})\s{{0,3}}(?P<d>\d{{1,2}})\b(?!,?\s{{0,3}}\d{{4}})")


#: the month a year-to-date span runs to: " through September", " to the end of August", " as of end-June"
_YTD_THROUGH_MONTH = _compile(
    rf"\s{{1,3}}(?:as\s{{1,3}}of|through|until|to)\s{{1,3}}(?:the\s{{1,3}}end\s{{1,3}}of\s{{1,3}}|end-)?(?P<mon>{F.month_any})\b"
    r"(?!\.?\s{0,3}\d)"
)


@_rule("ytd.so_far", "so far", "to date", "to-date", "ytd", "since the", "start of", "beginning of")
def ytd_so_far(ctx: Context) -> Iterator[Candidate]:
    """so far this year, this year so far, year to date, YTD, since the start of the year, so far in 2023, (7% lower)
    than at the start of the year;
    "year to date as of August 20" ends on that day."""
    for m in ctx.scan(_YEAR_TO_DATE):
        p = ctx.published
        period = None
        if p and m["y"]:
            year = int(m["y"])
            period = (date(year, 1, 1), min(p, date(year, 12, 31))) if year <= p.year else None
        elif p:
            period = (date(p.year, 1, 1), p)
        end_pos = m.end()
        upto = _YTD_UNTIL.match(ctx.text, m.end())
        if upto:  # "year to date as of August 20": to that day
            day = _day_year(ctx, m.start(), ctx.vocab.month_number(upto["mon"]), int(upto["d"]))
            found = valid_date(day, ctx.vocab.month_number(upto["mon"]), int(upto["d"])) if day else None
            if found is not None:
                period, end_pos = (date(found.year, 1, 1), found), upto.end()
        elif p and (through := _YTD_THROUGH_MONTH.match(ctx.text, m.end())) is not None and not m["y"]:
            # "year-to-date through September", "so far this year to the end of August": to that month's last day, in
            # the latest year whose month had ended by the published date
            month = ctx.vocab.month_number(through["mon"])
            year = p.year if month_end(p.year, month) <= p else p.year - 1
            period, end_pos = (date(year, 1, 1), month_end(year, month)), through.end()
        # "7% lower than at the start of the year": the change since then, not a value compared with
        role = "period" if m.group(0)[:2].lower() == "at" else None
        yield _cand(m.start(), end_pos, "ytd.so_far", "ytd", period, role=role)


_SINCE = _compile(rf"\bsince\s{{1,3}}(?:(?P<mon>{F.month_full})|(?P<y>{YEAR4}){NOT_MORE_NUMBER})(?!\s{{0,3}}\d)")


@_rule("range.since", "since")
def range_since(ctx: Context) -> Iterator[Candidate]:
    """since January (this year), since 2020: from the start of that month/year to the published date."""
    for m in ctx.scan(_SINCE):
        p = ctx.published
        end = m.end()
        if m["y"]:
            first = date(int(m["y"]), 1, 1)
        else:
            month = ctx.vocab.month_number(m["mon"])
            spec = read_year_suffix(ctx.text, m.end())
            end = spec.end
            year = year_from_spec(ctx, spec, m.start(), month, month, complete=False)
            first = date(year, month, 1) if year else None  # type: ignore[assignment]
        if p is None or first is None or first > p:
            yield _cand(m.start(), end, "range.since", "range", None)
            continue
        gran = "ytd" if first == date(p.year, 1, 1) else "range"
        yield _cand(m.start(), end, "range.since", gran, (first, p))


_TRAILING = _compile(
    rf"\b(?:the\s{{1,3}})?(?P<mod>past|last|previous|recent|trailing)\s{{1,3}}(?:(?P<n>{F.count})\s{{1,3}})?"
    r"(?P<unit>days?|weeks?|months?|quarters?|years?)\b"
)


@_rule("range.trailing", "past", "last", "previous", "recent", "trailing")
def range_trailing(ctx: Context) -> Iterator[Candidate]:
    """the past 12 months, the last three years, the past year, the trailing 12 months: the stretch ending on the
    published date;
    "the last three months of 2023" ends at the end of that year instead."""
    for m in ctx.scan(_TRAILING):
        has_the = m.group(0).lower().startswith("the")
        if m["n"] is None and not (has_the and m["mod"].lower() in ("past", "recent", "trailing")):
            continue  # "last year", "last month" are calendar periods (other rules)
        n = ctx.vocab.count(m["n"]) if m["n"] else 1
        unit = m["unit"].lower().rstrip("s")
        if n < 1:
            continue
        spec = read_year_suffix(ctx.text, m.end())
        if unit == "month" and spec.kind in ("abs", "rel") and n <= 12:
            year = year_from_spec(ctx, spec, m.start(), 12, 12, complete=True)
            yield _cand(m.start(), spec.end, "range.trailing", "range", span_months(year, 13 - n, 12) if year else None)
            continue
        p = ctx.published
        if p is None:
            yield _cand(m.start(), m.end(), "range.trailing", "range", None)
            continue
        if unit == "day":
            first = p - timedelta(days=n - 1)
        elif unit == "week":
            first = p - timedelta(days=7 * n - 1)
        else:
            months = n * {"month": 1, "quarter": 3, "year": 12}[unit]
            first = shift_date(p, -months) + timedelta(days=1)
        yield _cand(m.start(), m.end(), "range.trailing", "range", (first, p))


_COMING_YEARS = _compile(rf"\b(?:the\s{{1,3}})?(?:next|coming)\s{{1,3}}(?P<n>{F.count})\s{{1,3}}years\b")


@_rule("range.coming_years", "next", "coming")
def range_coming_years(ctx: Context) -> Iterator[Candidate]:
    """the next five years, the coming three years: that many calendar years from the published year on (a plan "to
    provide 19.3 billion reais in the next five years" published in 2024 covers 2024-2028)."""
    for m in ctx.scan(_COMING_YEARS):
        n = ctx.vocab.count(m["n"])
        p = ctx.published
        if n < 2 or p is None:
            continue
        yield _cand(m.start(), m.end(), "range.coming_years", "range", (date(p.year, 1, 1), date(p.year + n - 1, 12, 31)))


# --------------------------------------------------------------------------- years

_YEAR_RELATIVE = _compile(r"\b(?P<mod>last|this|next|the\s{1,3}current|the\s{1,3}present)\s{1,3}year\b(?!-)(?:['’]s)?")


# A present perfect before "this year" ("the won has strengthened about 6% against the dollar this year") speaks
# of the year so far: January 1 to the published date.
_PERFECT = _compile(
    r"\b(?:has|have)\s{1,3}(?:(?:already|also|now|so\s{1,3}far)\s{1,3})?(?:been\s{1,3})?[a-z]{2,20}(?:ed|en|wn|ght|lt|ung|ank|ost)\b(?!\s{1,3}(?:to|that)\b)"
)
_OUTLOOK = _compile(r"\b(?:forecasts?|outlook|targets?|projections?|estimates?|guidance)\b")  # a forecast "for this year" is the whole year
_INFINITIVE = _compile(r"\bto\s{1,3}[a-z]{2,20}\b")  # "has asked banks to keep loan growth this year ...": the year is the infinitive's
PERFECT_WINDOW = 80  # chars of the sentence before "this year" searched for the perfect: about one clause


@_rule("year.relative", "year")
def year_relative(ctx: Context) -> Iterator[Candidate]:
    """last year, this year, next year, the current year (whole calendar years)."""
    for m in ctx.scan(_YEAR_RELATIVE):
        shift = {"last": -1, "this": 0, "current": 0, "present": 0, "next": 1}[m["mod"].split()[-1].lower()]
        p = ctx.published
        period = (date(p.year + shift, 1, 1), date(p.year + shift, 12, 31)) if p else None
        before = ctx.before(m.start(), PERFECT_WINDOW)
        perfect = _PERFECT.search(before) if p and shift == 0 else None
        if perfect and not ctx.future(m.start()) and not _OUTLOOK.search(before) and not _INFINITIVE.search(before, perfect.end()):
            yield _cand(m.start(), m.end(), "year.relative", "ytd", (date(p.year, 1, 1), p))  # "has risen 6% this year"
            continue
        yield _cand(m.start(), m.end(), "year.relative", "year", period)


_YEAR_PREVIOUS = _compile(
    r"\b(?:(?:a|one)\s{1,3}year\s{1,3}(?:earlier|ago|before)|the\s{1,3}(?:previous|prior|preceding)\s{1,3}year"
    r"|the\s{1,3}year\s{1,3}(?:before|earlier))\b(?:['’]s)?"
)


@_rule("year.previous", "year")
def year_previous(ctx: Context) -> Iterator[Candidate]:
    """a year earlier, a year ago, the previous year: the sentence's period one year back."""
    for m in ctx.scan(_YEAR_PREVIOUS):
        p = ctx.published
        period = (date(p.year - 1, 1, 1), date(p.year - 1, 12, 31)) if p else None
        yield _cand(m.start(), m.end(), "year.previous", "year", period, ref_shift=-12)


_MONTH_PREVIOUS = _compile(
    r"\b(?:the\s{1,3}(?:previous|prior|preceding)\s{1,3}month|(?:a|one)\s{1,3}month\s{1,3}(?:earlier|ago|before)"
    r"|the\s{1,3}month\s{1,3}before)\b(?:['’]s)?"
)


@_rule("month.previous", "month")
def month_previous(ctx: Context) -> Iterator[Candidate]:
    """the previous month, a month earlier: the sentence's month one month back."""
    for m in ctx.scan(_MONTH_PREVIOUS):
        p = ctx.published
        period = months_period(*add_months(p.year, p.month, -1), 1) if p else None
        yield _cand(m.start(), m.end(), "month.previous", "month", period, ref_shift=-1, ref_units=("month", "day"))


_YEAR_NUMBER = _compile(
    rf"(?<![\d.,$€£¥₩])(?P<y>{YEAR4})(?P<poss>['’]s\b)?{NOT_MORE_NUMBER}(?![-–/]\d|\s{{1,3}}to\s{{1,3}}{YEAR4}{NOT_MORE_NUMBER})"
)  # "in 2022 to 93,927 vehicles" is a year; "2020 to 2023" is a range (range.years)
# Words that make a bare four-digit number a year ("in 2022", "compared with 2022", "mid-2024").
_YEAR_LEAD = _compile(
    r"(?:\b(?P<w>in|during|for|of|until|by|through|throughout|and|or|early|late|mid|around|before|after|year|full-year"
    r"|with|than|versus|vs\.?|against|from|over|full\s{1,3}year|calendar|calendar\s{1,3}year|whole\s{1,3}of|end\s{1,3}of)"
    r"\s{1,3}(?:the\s{1,3}(?:year\s{1,3})?)?|\bmid-)$"
)
# "over 2022" is a year only at a clause end ("an increase of 0.2% over 2022."), not in "over 2000 firms".
_CLAUSE_END = re.compile(r"\s{0,3}(?:[,.;:)\n]|$|\s(?:levels?|figures?)\b)")
YEAR_LEAD_WIDTH = 24  # chars before a year searched for its lead word ("calendar year the year " fits)


@lru_cache(maxsize=1)
def _year_modifier() -> re.Pattern[str]:
    """A noun right after a bare year that the year qualifies ("2025 growth forecast"), at most one word between."""
    nouns = "|".join(re.escape(w) for w in sorted(load_vocab().year_modified_nouns, key=len, reverse=True))
    return re.compile(rf"\s{{1,3}}(?:[a-z][\w-]{{0,20}}\s{{1,3}})?(?:{nouns})\b", re.IGNORECASE)


def year_as_attribute(text: str, start: int, end: int) -> bool:
    """Whether a year found by year.absolute only qualifies the noun after it ("the 2023 trade surplus", "their 2009
    free trade agreement"): no lead word before it ("in 2023") and no possessive. Such a year dates that noun, not
    what later sentences report."""
    lead = _YEAR_LEAD.search(text, max(0, start - YEAR_LEAD_WIDTH), start)
    return lead is None and not text.startswith(("'s", "’s"), end - 2)


@_rule("year.absolute", "19", "20")
def year_absolute(ctx: Context) -> Iterator[Candidate]:
    """in 2022, 2022's, during 2021, for 2023, compared with 2022, the year 2022, mid-2024."""
    for m in ctx.scan(_YEAR_NUMBER):
        lead = _YEAR_LEAD.search(ctx.text, max(0, m.start() - YEAR_LEAD_WIDTH), m.start())
        if lead is None and not m["poss"] and not _year_modifier().match(ctx.text, m.end()):
            continue
        # "over 2022's 9,729 vehicles": a possessive year dates its noun, whatever word leads it
        over = lead is not None and (lead["w"] or "").lower() == "over" and not m["poss"]
        if over and not _CLAUSE_END.match(ctx.text, m.end()):
            continue
        year = int(m["y"])
        period = (date(year, 1, 1), date(year, 12, 31))
        yield _cand(m.start(), m.end(), "year.absolute", "year", period, role="baseline" if over else None)


_YEAR_RANGE = _compile(
    rf"\b(?:(?P<lead>from|between)\s{{1,3}})?(?P<y1>{YEAR4})\s{{0,2}}(?P<sep>-|–|—|\s(?:to|through|and)\s)\s{{0,2}}(?P<y2>{YEAR4})\b{NOT_MORE_NUMBER}"
)


@_rule("range.years", "19", "20")
def range_years(ctx: Context) -> Iterator[Candidate]:
    """2020-2023, from 2020 to 2023, between 2019 and 2022."""
    for m in ctx.scan(_YEAR_RANGE):
        y1, y2 = int(m["y1"]), int(m["y2"])
        sep = m["sep"].strip().lower()
        lead = (m["lead"] or "").lower()
        if y2 <= y1 or (sep == "and") != (lead == "between") or (sep in ("to", "through") and not lead):
            continue
        yield _cand(m.start(), m.end(), "range.years", "range", (date(y1, 1, 1), date(y2, 12, 31)))


# --------------------------------------------------------------------------- fiscal years

_FISCAL_LABEL = _compile(
    rf"\b(?:the\s{{1,3}})?(?:(?:fiscal|financial)(?:\s{{1,3}}year)?\s{{1,3}}(?P<y1>{YEAR4})|(?-i:FY|F\.Y\.)\s?['’]?(?P<y2>{YEAR4}|\d{{2}}))"
    rf"(?:\s{{0,2}}[-–/]\s{{0,2}}(?P<second>(?:19|20)?\d{{2}}))?(?![\d%])"
    rf"|\b(?:the\s{{1,3}})?(?P<y3>{YEAR4})(?:\s{{0,2}}[-–/]\s{{0,2}}(?P<second3>(?:19|20)?\d{{2}}))?\s{{1,3}}(?:fiscal|financial)\s{{1,3}}year\b"
)


@_rule("fiscal.label", "fiscal", "financial", "fy", "f.y.")
def fiscal_label(ctx: Context) -> Iterator[Candidate]:
    """fiscal 2023, FY2023, FY23, fiscal year 2023-24, FY2023/24, the 2023 fiscal year."""
    for m in ctx.scan(_FISCAL_LABEL):
        raw = m["y1"] or m["y2"] or m["y3"]
        label = int(raw) if len(raw) == 4 else 2000 + int(raw)
        second_raw = m["second"] or m["second3"]
        second = None
        if second_raw:
            second = int(second_raw) if len(second_raw) == 4 else label // 100 * 100 + int(second_raw)
            if second != label + 1:
                continue
        conv = ctx.fiscal_convention(m.start(), m.end())
        yield _cand(m.start(), m.end(), "fiscal.label", "fiscal_year", fiscal_period(label, conv, second=second))


_SPLIT_YEAR = _compile(rf"\b(?:in|for|during|over|of|the|from|by)\s{{1,3}}(?P<y>{YEAR4})\s?[-–/]\s?(?P<second>\d{{2}})\b(?![-–/.,]?\d)")


@lru_cache(maxsize=1)
def _season_words() -> re.Pattern[str]:
    """vocab.yaml's `season_nouns` as one whole-word pattern."""
    words = "|".join(re.escape(w).replace(r"\ ", r"\s{1,3}") for w in sorted(load_vocab().season_nouns, key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\b", _I)


def names_a_season(ctx: Context, pos: int) -> bool:
    """Whether the sentence at pos speaks of a crop or marketing season (vocab.yaml `season_nouns`)."""
    lo, hi = ctx.sentence(pos)
    return _season_words().search(ctx.text, lo, hi) is not None


@_rule("fiscal.split_year", "19", "20")
def fiscal_split_year(ctx: Context) -> Iterator[Candidate]:
    """in 2025-26, for 2023/24: a year that straddles two calendar years is a fiscal year, read with the convention
    near it (Australia's July-June, India's April-March, ...); in a sentence about a crop or marketing season ("for the
    2024/25 season", "up from 530,000 tons in 2023/24" after "the new season") it is a season whose months the
    text does not give: no period."""
    for m in ctx.scan(_SPLIT_YEAR):
        label = int(m["y"])
        if (label + 1) % 100 != int(m["second"]):
            continue
        if names_a_season(ctx, m.start()):
            yield _cand(m.start("y"), m.end(), "fiscal.split_year", "fiscal_year", None)
            continue
        conv = ctx.fiscal_convention(m.start(), m.end())
        yield _cand(m.start("y"), m.end(), "fiscal.split_year", "fiscal_year", fiscal_period(label, conv, second=label + 1))


_FISCAL_ENDING = _compile(
    rf"\b(?:the\s{{1,3}})?(?:fiscal|financial)\s{{1,3}}year\s{{1,3}}(?P<verb>ending|ended|that\s{{1,3}}ends|that\s{{1,3}}ended|to)"
    rf"\s{{1,3}}(?:(?:in|on)\s{{1,3}})?(?:(?P<mon>{F.month_any})(?:\s{{0,3}}(?P<d>\d{{1,2}})\b)?(?:,?\s{{1,3}}(?P<y>{YEAR4})\b)?"
    r"|(?P<rel>this|next|last)\s{1,3}month\b)"
)


@_rule("fiscal.ending", "fiscal", "financial")
def fiscal_ending(ctx: Context) -> Iterator[Candidate]:
    """the fiscal year ending March 2024, the fiscal year ended September 30, 2024, fiscal year to March, the fiscal
    year ending this month."""
    for m in ctx.scan(_FISCAL_ENDING):
        if m["rel"]:
            period = None
            if ctx.published is not None:
                y, mo = add_months(ctx.published.year, ctx.published.month, {"this": 0, "next": 1, "last": -1}[m["rel"].lower()])
                start_year, start_month = add_months(y, mo, -11)
                period = (date(start_year, start_month, 1), month_end(y, mo))
            yield _cand(m.start(), m.end(), "fiscal.ending", "fiscal_year", period)
            continue
        month = ctx.vocab.month_number(m["mon"])
        if m["y"]:
            year: int | None = int(m["y"])
        elif ctx.published is None:
            year = None
        elif "end" in m["verb"].lower() and "ended" not in m["verb"].lower():
            year = ctx.published.year if month >= ctx.published.month else ctx.published.year + 1
        else:
            year = ctx.published.year if month < ctx.published.month else ctx.published.year - 1
        period = None
        if year is not None:
            start_year, start_month = add_months(year, month, -11)
            period = (date(start_year, start_month, 1), month_end(year, month))
        yield _cand(m.start(), m.end(), "fiscal.ending", "fiscal_year", period)


_FISCAL_STARTING = _compile(
    rf"\b(?:the\s{{1,3}})?(?:fiscal|financial)\s{{1,3}}year\s{{1,3}}(?:that\s{{1,3}}|which\s{{1,3}})?"
    rf"(?P<verb>starting|beginning|starts|begins|started|began|begun|has\s{{1,3}}begun|has\s{{1,3}}started)"
    rf"\s{{1,3}}(?:(?:in|on)\s{{1,3}})?(?P<mon>{F.month_any})(?:\s{{0,3}}(?P<d>\d{{1,2}})\b)?(?:,?\s{{1,3}}(?P<y>{YEAR4})\b)?"
)
_PAST_START = frozenset({"started", "began", "begun"})


def fiscal_start_year(ctx: Context, pos: int, month: int, past: bool) -> int | None:
    """The year a yearless fiscal-year start falls in: the last one on or before the published date after "began",
    the next one in future tense, else the one nearest the published date ("the fiscal year starting July 1" in a
    June article is the coming one; in an August article the current one)."""
    p = ctx.published
    if p is None:
        return None
    starts = [date(y, month, 1) for y in (p.year - 1, p.year, p.year + 1)]
    first_of_month = date(p.year, p.month, 1)
    if past:
        return max(d for d in starts if d <= first_of_month).year
    if ctx.future(pos):
        return min(d for d in starts if d >= first_of_month).year
    return min(starts, key=lambda d: abs((d - first_of_month).days)).year


@_rule("fiscal.starting", "fiscal", "financial")
def fiscal_starting(ctx: Context) -> Iterator[Candidate]:
    """the fiscal year starting July 1, the fiscal year that began in July, the financial year beginning April 2024:
    the twelve months from that month."""
    for m in ctx.scan(_FISCAL_STARTING):
        month = ctx.vocab.month_number(m["mon"])
        year = int(m["y"]) if m["y"] else fiscal_start_year(ctx, m.start(), month, m["verb"].split()[-1].lower() in _PAST_START)
        period = months_period(year, month, 12) if year is not None else None
        yield _cand(m.start(), m.end(), "fiscal.starting", "fiscal_year", period)


_FISCAL_RELATIVE = _compile(
    r"\b(?P<mod>this|last|next|the\s{1,3}current|the\s{1,3}previous|the\s{1,3}coming|the\s{1,3}new|the\s{1,3}next|the\s{1,3}past)"
    r"\s{1,3}(?:fiscal|financial)\s{1,3}year\b(?:['’]s)?"
)


@_rule("fiscal.relative", "fiscal", "financial")
def fiscal_relative(ctx: Context) -> Iterator[Candidate]:
    """this fiscal year, last fiscal year, the current/next/coming fiscal year."""
    shifts = {"this": 0, "current": 0, "last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1, "new": 1}
    for m in ctx.scan(_FISCAL_RELATIVE):
        p = ctx.published
        period = None
        if p:
            fy = fiscal_containing(p, ctx.fiscal_convention(m.start(), m.end()))
            shift = 12 * shifts[m["mod"].split()[-1].lower()]
            period = (shift_date(fy[0], shift), shift_date(fy[0], shift + 12) - timedelta(days=1))
        yield _cand(m.start(), m.end(), "fiscal.relative", "fiscal_year", period)


# --------------------------------------------------------------------------- anaphora

_ANAPHOR = _compile(
    r"\b(?:(?:for|in|during|over|throughout)\s{1,3}(?P<span>the\s{1,3}(?:(?:full|whole|entire)\s{1,3})?(?P<unit>year|quarter|month|week))"
    r"|(?P<span2>(?:the\s{1,3})?(?:full|whole|entire)[\s-]{1,2}year))\b"
    r"(?![\s-]{0,3}(?:earlier|ago|before|after|to\s{1,3}(?:date\b|end|the\s{1,3}end|\d|(?-i:[A-Z]))|ending|ended|of\b|that|which|\d|['’]s|-))"
)  # "the year to March", "the year to date" name other spans; "for the whole year to exceed $2 billion" is the year


_ON_THE_DAY = _compile(r"\bon\s{1,3}the\s{1,3}(?:day|session)\b(?!\s{0,3}(?:of|that|when|before|after|it|they|he|she)\b|['’-])")


@_rule("anaphor.day", "on the day", "on the session")
def anaphor_day(ctx: Context) -> Iterator[Candidate]:
    """on the day, on the session ("settled at $72.09 on Thursday, down 0.3% on the day"): the day named last in the
    sentence before it (find.py resolves it); not "on the day of the vote", "on the day it took effect"."""
    for m in ctx.scan(_ON_THE_DAY):
        yield _cand(m.start(), m.end(), "anaphor.day", "day", None, role="point", anaphor="day")


@_rule("anaphor.part", "year", "quarter", "month", "week")
def anaphor_part(ctx: Context) -> Iterator[Candidate]:
    """for the year, in the quarter, during the month, the full year, full-year: the period mentioned last
    (find.py resolves it; "the year" takes the calendar year of that period)."""
    for m in ctx.scan(_ANAPHOR):
        span = "span" if m["span"] else "span2"
        unit = m["unit"].lower() if m["unit"] else "year"
        yield _cand(m.start(span), m.end(span), "anaphor.part", unit, None, anaphor=unit)


# --------------------------------------------------------------------------- comparison bases

_YOY = _compile(
    r"(?<![\w-])(?:year[\s-]{1,3}on[\s-]{1,3}year|year[\s-]{1,3}over[\s-]{1,3}year|on[\s-]{1,3}year|y/y|(?-i:YoY|yoy|YOY))(?![\w-])"
)
_MOM = _compile(
    r"(?<![\w-])(?:month[\s-]{1,3}on[\s-]{1,3}month|month[\s-]{1,3}over[\s-]{1,3}month|on[\s-]{1,3}month|m/m|(?-i:MoM|MOM))(?![\w-])"
)
_QOQ = _compile(
    r"(?<![\w-])(?:quarter[\s-]{1,3}on[\s-]{1,3}quarter|quarter[\s-]{1,3}over[\s-]{1,3}quarter|on[\s-]{1,3}quarter|q/q|(?-i:QoQ|QOQ))(?![\w-])"
)


@_rule("baseline.change", "year", "month", "quarter", "y/y", "m/m", "q/q", "yoy", "mom", "qoq")
def baseline_change(ctx: Context) -> Iterator[Candidate]:
    """year on year, y/y, month on month, quarter on quarter: the sentence's period moved back one step."""
    for pattern, shift, units, gran in (
        (_YOY, -12, None, "year"),
        (_MOM, -1, ("month", "day"), "month"),
        (_QOQ, -3, ("quarter",), "quarter"),
    ):
        for m in ctx.scan(pattern):
            yield _cand(m.start(), m.end(), "baseline.change", gran, None, role="baseline", ref_shift=shift, ref_units=units)


_SAME_PERIOD = _compile(
    r"\b(?:the\s{1,3})?same\s{1,3}(?P<unit>period|month|quarter|half|week|day|time|months|quarters)\s{1,3}"
    r"(?:(?:of|in)\s{1,3})?(?:(?P<rel>last\s{1,3}year|the\s{1,3}(?:previous|prior|preceding)\s{1,3}year|(?:a|one)\s{1,3}year\s{1,3}(?:earlier|ago|before)"
    rf"|(?:the\s{{1,3}})?year\s{{1,3}}(?:before|earlier))|(?P<y>{YEAR4}))\b"
)


_SAME_PERIOD_THIS_YEAR = _compile(
    r"\b(?:the\s{1,3})?same\s{1,3}(?P<unit>period|month|quarter|half|week|months|quarters)\s{1,3}"
    r"(?:(?:of|in)\s{1,3})?(?:this|the\s{1,3}current)\s{1,3}year\b"
)
_SAME_UNITS = {"month": ("month",), "quarter": ("quarter",), "quarters": ("quarter",), "half": ("half",), "week": ("week",), "day": ("day",)}


def _same_granularity(unit: str) -> str:
    return {"months": "month", "quarters": "quarter"}.get(unit, unit if unit in _SAME_UNITS else "range")


@_rule("baseline.same_period", "same")
def baseline_same_period(ctx: Context) -> Iterator[Candidate]:
    """the same month last year, the same period a year earlier, the same quarter of 2022 (baselines); the same
    quarter this year (the period of the sentence's other expression, in the published year)."""
    for m in ctx.scan(_SAME_PERIOD):
        unit = m["unit"].lower()
        yield _cand(
            m.start(), m.end(), "baseline.same_period", _same_granularity(unit), None, role="baseline",
            ref_shift=-12 if m["rel"] else None, ref_units=_SAME_UNITS.get(unit), ref_year=int(m["y"]) if m["y"] else None,
        )
    if ctx.published is None:
        return
    for m in ctx.scan(_SAME_PERIOD_THIS_YEAR):
        unit = m["unit"].lower()
        yield _cand(
            m.start(), m.end(), "period.same_this_year", _same_granularity(unit), None, role="period",
            ref_units=_SAME_UNITS.get(unit), ref_year=ctx.published.year,
        )


# --------------------------------------------------------------------------- weeks and days ending on a day

_WEEK_ENDING = _compile(
    rf"\b(?:the\s{{1,3}})?(?:(?P<n>{F.count})\s{{1,3}})?weeks?\s{{1,3}}(?:to|ending|ended|that\s{{1,3}}ended|through|thru)\s{{1,3}}(?:on\s{{1,3}})?"
    rf"(?:(?P<wd>{F.weekday})|(?P<mon>{F.month_any})\s{{0,3}}(?P<d>\d{{1,2}})\b(?:,?\s{{1,3}}(?P<y>{YEAR4})\b)?)"
)


WORK_WEEK_LAST_DAY = 4  # Friday (date.weekday): "the week to Friday" of a market report is its five sessions, Monday on


@_rule("week.ending", "week")
def week_ending(ctx: Context) -> Iterator[Candidate]:
    """the week to Friday, the week ended Nov. 8, the two weeks ending on Sunday: the week ending that day (a
    weekday: the last one on or before the published date, the next one in future tense), from its Monday when
    it ends on a Friday, Saturday or Sunday (the corpus reads "the week to Friday" as Monday-Friday), else the
    seven days ending that day."""
    names = [w.lower() for w in ctx.vocab.weekdays]
    for m in ctx.scan(_WEEK_ENDING):
        weeks = ctx.vocab.count(m["n"]) if m["n"] else 1
        p = ctx.published
        end: date | None = None
        if m["wd"]:
            if p is not None:
                target = names.index(m["wd"].lower())
                if ctx.future(m.start()):
                    end = p + timedelta(days=(target - p.weekday()) % 7)
                else:
                    end = p - timedelta(days=(p.weekday() - target) % 7)
        else:
            month, day = ctx.vocab.month_number(m["mon"]), int(m["d"])
            year = int(m["y"]) if m["y"] else _day_year(ctx, m.start(), month, day)
            end = valid_date(year, month, day) if year is not None else None
        period = None
        if end is not None:  # a week ending on a Friday-Sunday is a Monday-to-that-day trading week
            start = end - timedelta(days=end.weekday()) if end.weekday() >= WORK_WEEK_LAST_DAY else end - timedelta(days=6)
            period = (start - timedelta(days=7 * (weeks - 1)), end)
        yield _cand(m.start(), m.end(), "week.ending", "week" if weeks == 1 else "range", period)


_FIRST_DAYS = _compile(
    rf"\b(?:the\s{{1,3}})?(?P<which>first|last)\s{{1,3}}(?P<n>{F.count}|\d{{2}})\s{{1,3}}days\s{{1,3}}of\s{{1,3}}"
    rf"(?:(?P<mon>{F.month_full})|(?P<rel>this|last|the)\s{{1,3}}month\b)"
)


@_rule("days.part_of_month", "days")
def days_part_of_month(ctx: Context) -> Iterator[Candidate]:
    """the first 10 days of November, the first 20 days of this month, the last ten days of October."""
    for m in ctx.scan(_FIRST_DAYS):
        n = ctx.vocab.count(m["n"]) if not m["n"].isdigit() else int(m["n"])
        if not 1 <= n <= 30:
            continue
        p = ctx.published
        end_pos = m.end()
        if m["mon"]:
            month = ctx.vocab.month_number(m["mon"])
            spec = read_year_suffix(ctx.text, m.end())
            end_pos = spec.end
            year = year_from_spec(ctx, spec, m.start(), month, month, complete=False)
        elif p is not None:
            year, month = add_months(p.year, p.month, -1 if m["rel"].lower() == "last" else 0)
        else:
            year, month = None, 1
        if year is None:
            yield _cand(m.start(), end_pos, "days.part_of_month", "range", None)
            continue
        last = month_end(year, month)
        if m["which"].lower() == "first":
            period: Period = (date(year, month, 1), date(year, month, min(n, last.day)))
        else:
            period = (date(year, month, max(1, last.day - n + 1)), last)
        yield _cand(m.start(), end_pos, "days.part_of_month", "range", period)
