"""What surrounds a number: its clause, direction, subject and metric, attribution and period.

Shared by the figure and percentage rules. Subject and metric come from spaCy's dependency parse
(the number's governing verb and its subject), with the clause text as fallback.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import islice

from ..dates import choose_period, load_claim_cues
from ..dates.attach import DIRECTLY_AFTER, STOCK_POINT_RULES, compared_value_at
from ..dates.calendar import shift_period
from ..dates.context import cue_patterns
from ..dates.rules import year_as_attribute
from ..document import ArticleDoc
from ..models import Period
from .periods import (
    appositive_period,
    attached_period,
    dated_change,
    dates_a_later_number,
    dates_an_act,
    dates_another_level,
    decision_day,
    foreign_possessive,
    held_through,
    in_relative_clause,
    instrument_by_parse,
    nonpast_clause,
    own_period,
    participle_period,
    pledged_amount,
    qualifies_a_period,
)
from .subjects import parsed_subject_metric, shallow_subject_metric
from .vocab import percent_cues

#: clause boundaries inside a sentence: semicolons, and a comma before a conjunction or participle
#: (and a comma before a participle that draws a conclusion: "rose 3% to 2.77 million, meaning 74% of cars were ...")
CLAUSE_BREAK = re.compile(
    r";|:|,\s(?=(?:while|whereas|but|and|although|though|with|which|meaning|implying|suggesting|indicating)\b)"
    r"|\bwhile\b|\bwhereas\b"
)
WORD = re.compile(r"[A-Za-z][A-Za-z'-]{0,30}")
SAY_FORMS = {
    f"{stem}{end}"
    for stem, ends in {
        "sa": ("y", "ys", "id"), "announce": ("", "s", "d"), "report": ("", "s", "ed"), "show": ("", "s", "ed"),
        "state": ("", "s", "d"), "estimate": ("", "s", "d"), "add": ("", "s", "ed"), "note": ("", "s", "d"),
        "disclose": ("", "s", "d"), "reveal": ("", "s", "ed"), "t": ("ell", "ells", "old"),
    }.items()
    for end in ends
}
ACCORDING = re.compile(r"\b(?:according to|data from|figures from|statistics from)\s+(?P<who>[^,.;()]{2,80})", re.I)
BASELINE = re.compile(
    r"\b(?:year[- ]on[- ]year|month[- ]on[- ]month|quarter[- ]on[- ]quarter|on[- ]year|y/y|m/m|yoy"
    r"|(?:from|compared (?:with|to)|over|than)\s(?:a|the)\s(?:year|month|quarter)\s(?:earlier|ago|before)"
    r"|(?:from|compared (?:with|to)|over|than)\s(?:the\s)?same\s(?:period|month|quarter|time)\s(?:of\s)?(?:last|a|the previous)\s?(?:year)?)",
    re.I,
)


@lru_cache(maxsize=1)
def _cue_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    cues = percent_cues()
    return (
        frozenset(w.lower() for w in cues.up),
        frozenset(w.lower() for w in cues.down),
        frozenset(w.lower() for w in cues.flip_before),
    )


#: the clause breaks of the sentences of the text read last: (text, {sentence: (starts, ends)})
_BREAKS: tuple[str, dict[tuple[int, int], tuple[list[int], list[int]]]] = ("", {})


def _clause_breaks(text: str, sent: tuple[int, int]) -> tuple[list[int], list[int]]:
    """Starts and ends of CLAUSE_BREAK's matches in `sent`, found once per sentence of the text read last.

    The rules ask for the clause of every number of a sentence in turn; a sentence with n numbers
    would otherwise be scanned n times. Only the last text is kept (a reference, not a copy).
    """
    global _BREAKS
    if _BREAKS[0] is not text:
        _BREAKS = (text, {})
    found = _BREAKS[1].get(sent)
    if found is None:
        matches = list(CLAUSE_BREAK.finditer(text, sent[0], sent[1]))
        found = _BREAKS[1][sent] = ([m.start() for m in matches], [m.end() for m in matches])
    return found


def clause_bounds(text: str, sent: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """The clause of `sent` that holds [start, end): from the last break ending at or before `start` to
    the first later break starting at or after `end` (the sentence's ends without one).

    Breaks do not overlap and come in order, so both are binary searches over the sentence's breaks.
    """
    starts, ends = _clause_breaks(text, tuple(sent))
    i = bisect_right(ends, start)
    cs = ends[i - 1] if i else sent[0]
    j = bisect_left(starts, end, i)
    ce = starts[j] if j < len(starts) else sent[1]
    return cs, ce


#: chars of the first window words_before reads back from its position (doubled until it holds `n` words)
WORDS_WINDOW = 200
#: characters WORD may continue a word with: a window starting after any other character splits no word
_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'-")


def words_before(text: str, lo: int, pos: int, n: int) -> list[str]:
    """The last `n` words between lo and pos, lower-cased.

    Read from a window before pos (not from lo: a sentence with n numbers would be read n times) that starts
    after a character no word continues with, so WORD splits its words as a scan from lo would; the window
    doubles until it holds `n` words or reaches lo.
    """
    if n <= 0:
        return [w.lower() for w in WORD.findall(text, lo, pos)][-n:]
    width = WORDS_WINDOW
    while True:
        w = max(lo, pos - width)
        while w > lo and text[w - 1] in _WORD_CHARS:
            w -= 1
        words = WORD.findall(text, w, pos)
        if len(words) >= n or w == lo:
            return [x.lower() for x in words[-n:]]
        width *= 2


#: words that end the phrase right after a number: what follows belongs to another item ("3 percent and inflation
#: of 1.5 percent": inflation is not the 3 percent's noun)
PHRASE_END = frozenset({"and", "or", "but", "while", "whereas", "with", "from", "than", "versus"})


def words_right_after(text: str, end: int, hi: int, n: int) -> list[str]:
    """Up to `n` words right after a number, lower-cased, stopping at a conjunction or comparison word."""
    out: list[str] = []
    for w in islice(WORD.finditer(text, end, hi), max(n, 0)):  # the first n words, not all of the clause's
        if w.group(0).lower() in PHRASE_END:
            break
        out.append(w.group(0).lower())
    return out


#: words of an elliptical list item that name nothing of its own ("..., and for fiscal 2025 to 2.4%")
LINK_WORDS = frozenset({"and", "or", "but", "for", "to", "from", "in", "at", "by", "with", "of", "on", "the", "its", "their",
                        "a", "an", "then", "while", "as", "about", "around", "nearly", "up", "down"})


def own_clause(doc: ArticleDoc, clause: tuple[int, int], numbers: list, start: int) -> tuple[int, int]:
    """The part of a clause that belongs to the number at `start`: from the end of the clause's previous number on
    when that part names something of its own ("cuts rate to 2.50%, slashes 2025 growth forecast to 0.8%": the rate
    is the 2.50%'s, not the 0.8%'s); the whole clause for an elliptical item ("raised its core CPI forecast for
    fiscal 2024 to 2.7 percent from 2.5 percent and for fiscal 2025 to 2.4%": still the CPI forecast)."""
    lo = max([n.end for n in numbers if clause[0] <= n.start and n.end <= start] or [clause[0]])
    if lo == clause[0]:
        return clause
    chars = list(doc.text[lo:start])
    for t in doc.times:  # time expressions are not what a number measures
        if lo <= t.start and t.end <= start:
            chars[t.start - lo : t.end - lo] = " " * (t.end - t.start)
    own_words = [w.lower() for w in WORD.findall("".join(chars))]
    return (lo, clause[1]) if any(w not in LINK_WORDS for w in own_words) else clause


#: verbs that make "up" part of "make up" (a share), not a direction
MAKE_FORMS = frozenset({"make", "makes", "made", "making"})


@lru_cache(maxsize=1)
def _pace_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in percent_cues().pace_nouns)


def direction_in(words: list[str]) -> str | None:
    """'up' / 'down' from the nearest cue word (scanning from the end)."""
    up, down, flip = _cue_sets()
    pace = _pace_nouns()
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w == "up" and i > 0 and words[i - 1] in MAKE_FORMS:
            continue  # "made up 55.3% of trade" is a share, not a rise
        if i + 1 < len(words) and words[i + 1] in pace:
            continue  # "grew at a slower pace of 4.5%": the pace compared with an earlier one, not the number's way
        if w in up:
            return "down" if i > 0 and words[i - 1] in flip else "up"  # "negative growth of 2.9%"
        if w in down:
            return "down"
    return None


def by_verb_direction(doc: ArticleDoc, by_start: int) -> str | None:
    """'up' / 'down' from the word the parse hangs a "by" (starting at by_start) on, however far back it stands:
    "cut the price of its crude for buyers in Asia by 60 cents" (a change verb beyond any word window); None
    without a parse or when that word is no change cue ("helped by $3 billion of orders")."""
    if not has_parse(doc):
        return None
    span = doc.nlp.char_span(by_start, by_start + 2)
    if span is None or len(span) != 1 or span[0].lower_ != "by" or span[0].dep_ not in {"prep", "agent"}:
        return None
    head = span[0].head
    up, down, _ = _cue_sets()
    if head.lower_ in up:
        return "up"
    if head.lower_ in down:
        return "down"
    return None


def baseline_near(doc: ArticleDoc, clause: tuple[int, int]) -> str | None:
    """The baseline a change is measured against ("year on year", "from the same month last year").

    Found once per clause (the numbers of a clause share it).
    """
    key = f"context.baseline.{clause[0]}.{clause[1]}"
    if key not in doc.cache:
        doc.cache[key] = _baseline_in(doc, clause)
    return doc.cache[key]


def _baseline_in(doc: ArticleDoc, clause: tuple[int, int]) -> str | None:
    for t in doc.times:
        if t.role == "baseline" and clause[0] <= t.start and t.end <= clause[1]:
            return t.text
    m = BASELINE.search(doc.text, clause[0], clause[1])
    return m.group(0) if m else None


#: granularities a period may carry over from an earlier sentence of the same paragraph (a day
#: names an event, not the span later figures describe)
CARRIED_GRANULARITIES = {"week", "month", "quarter", "half", "year", "ytd", "fiscal_year", "range"}
#: non-empty lines of an article's start (headline and lead paragraph) whose period later paragraphs inherit
LEAD_LINES = 2
#: qualifier words allowed between a cue and its number ("exceeded about $10 billion", "by about 400 billion yen")
QUALIFIERS = r"(?:(?:about|around|nearly|almost|some|roughly|approximately|just|over|the|a|record)\s{1,3}){0,2}"
#: chars before a number searched for a threshold cue or a compared-value cue
CUE_CHARS = 40
#: an amount and the opening bracket of its conversion: "6,999 yuan (" before "$957)"
CONVERSION = re.compile(r"[$€£¥₩]?\d[\d,.]{0,20}(?:\s?[A-Za-z]{1,12}){0,2}\s?\(\s?(?:about\s)?$")
#: the unit word after "per" ("per kilowatt-hour", "per metric ton")
UNIT_WORD = re.compile(r"(?:\s{1,3}(?!(?:in|for|during|over|of|the)\b)[A-Za-z][\w-]{0,30}){1,2}")


@lru_cache(maxsize=1)
def _per_words() -> frozenset[str]:
    """The words that make a number a rate per unit ("per", "apiece")."""
    return frozenset(w.lower() for w in load_claim_cues().per_unit_words)


#: chars between a market move and the day it happened ("Shares fell about 3% in extended trading on Wednesday")
MOVE_DAY_CHARS = 60
#: point rules that date a move on the day ("on Wednesday", "yesterday")
MOVE_DAY_RULES = frozenset({"day.weekday", "day.relative", "day.ordinal", "mask.day", "anaphor.day"})


def _alternation(words: list[str]) -> str:
    """A regex alternation of literal words, longest first, spaces matching any run of spaces."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s{1,3}") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _claim_patterns() -> dict[str, re.Pattern[str]]:
    """Compiled cue patterns from extractor/data/dates/claim_cues.yaml (once per process)."""
    c = load_claim_cues()
    time_units = rf"(?:{_alternation(c.rate_time_leads)})\s{{1,3}}(?:{_alternation(c.rate_time_units)})\b"
    return {
        "threshold": re.compile(rf"\b(?:{_alternation(c.threshold_before)})\s{{1,3}}{QUALIFIERS}[A-Z]{{0,3}}[$€£¥₩]?\s?$", re.I),
        "unit_rate": re.compile(
            rf"\s{{0,3}}(?:(?:{_alternation(c.per_unit_words)})\b(?!\s?cent)|{time_units}(?!\s{{1,3}}(?:earlier|ago|before|later|on)\b))",
            re.I,
        ),
        "rate_level": re.compile(rf"\b(?:{_alternation(c.rate_level_words)}|rates?)\b", re.I),
        "measured_rate": re.compile(rf"\b(?:{_alternation(c.measured_rate_words)})\s{{1,3}}rates?\b", re.I),
        "generic": re.compile(rf"\b(?:{_alternation(c.generic_adverbs)})\b", re.I),
        "growth": re.compile(rf"\b(?:{_alternation(c.growth_nouns + c.decline_nouns)})\b", re.I),
        "decline": re.compile(rf"\b(?:{_alternation(c.decline_nouns)})\b", re.I),
        "compared": re.compile(
            rf"\b(?:from|than|compared\s{{1,3}}(?:with|to)|versus|vs\.?|against)\s{{1,3}}{QUALIFIERS}[A-Z]{{0,3}}[$€£¥₩]?\s?$", re.I
        ),
    }


def is_threshold(doc: ArticleDoc, start: int, end: int) -> bool:
    """True for a threshold or price rather than a figure of a period: "exceeded $10 billion", "capped at
    30,000 yuan", "priced from 6,999 yuan ($957)" (a conversion in brackets is what it converts)."""
    pattern = _claim_patterns()["threshold"]
    sent_start = doc.sentence_bounds(start, end)[0]
    lo = max(sent_start, start - CUE_CHARS)
    if pattern.search(doc.text[lo:start]):
        return True
    converted = CONVERSION.search(doc.text[lo:start])
    if converted is None:
        return False
    amount = lo + converted.start()
    return pattern.search(doc.text[max(sent_start, amount - CUE_CHARS) : amount]) is not None


#: a forecast that a flow will pass a mark, right before the number: "is expected to exceed $100 billion", "expects
#: turnover for the whole year to top $2 billion" (the forecast value of a period, not a threshold)
FORECAST_PASS = re.compile(
    r"\b(?:expected|expects?|forecast|forecasts|projected|projects?|predicted|predicts?|estimated|estimates?|likely|poised"
    r"|on\s{1,3}track)\b[^.;:!?]{0,60}?\bto\s{1,3}(?:exceed|top|surpass|cross|break\s{1,3}through)\s{1,3}"
    + QUALIFIERS + r"[A-Z]{0,3}[$€£¥₩]?\s?$",
    re.I,
)
#: chars before a number FORECAST_PASS reads
FORECAST_CHARS = 140


def forecast_pass(doc: ArticleDoc, start: int, end: int) -> bool:
    """Whether a number after a threshold cue is the forecast value of a flow ("is expected to exceed $100 billion",
    "expects durian exports for the whole year to exceed $2 billion"): it keeps the period it is forecast for, unlike
    a mark that was passed or a cap ("have exceeded $10 billion for 14 months", "will not exceed 15,000 yuan")."""
    lo = max(doc.sentence_bounds(start, end)[0], start - FORECAST_CHARS)
    return FORECAST_PASS.search(doc.text, lo, start) is not None


#: words between an instrument noun and its size ("a package worth 73.6 trillion yen", "a fund of $2 billion")
INSTRUMENT_LINKS = frozenset({"worth", "of", "totaling", "totalling", "totaled", "totalled", "at"})
#: qualifier words skipped between the link and the number ("worth about", "of up to")
INSTRUMENT_QUALIFIERS = frozenset({"about", "around", "some", "nearly", "almost", "roughly", "approximately", "up", "to",
                                   "over", "more", "than", "least"})


@lru_cache(maxsize=1)
def _instrument_words() -> tuple[frozenset[str], frozenset[str]]:
    """claim_cues.yaml's `instrument_words` and `scope_words`, lower-cased."""
    c = load_claim_cues()
    return frozenset(w.lower() for w in c.instrument_words), frozenset(w.lower() for w in c.scope_words)


def is_instrument(doc: ArticleDoc, clause: tuple[int, int], start: int, end: int) -> bool:
    """Whether a figure is the size of a policy instrument (claim_cues.yaml `instrument_words`): a budget, package,
    fund or subsidy named in the words right after it, before it with a link word, or (parse) as the noun it
    hangs on or the subject or object of its verb."""
    words, scope = _instrument_words()
    after = words_right_after(doc.text, _past_conversion(doc.text, end, clause[1]), clause[1], 3)
    pairs = [f"{a} {b}" for a, b in zip(after, after[1:])]  # "credit line": a two-word entry
    if any(w in words and (i == 0 or after[i - 1] not in {"to", "will", "would"}) for i, w in enumerate(after)) \
            or any(p in words for p in pairs):
        return True
    before = [w for w in words_before(doc.text, clause[0], start, 5) if w not in INSTRUMENT_QUALIFIERS]
    if len(before) >= 2 and (before[-1] in INSTRUMENT_LINKS and before[-2] in words or before[-1] == "on" and before[-2] in scope):
        return True
    if not has_parse(doc):
        return False
    return instrument_by_parse(doc, start, end, words)


#: a converted amount in brackets right after a number: "13.8 trillion won (about $10 billion) extra budget"
_CONVERSION_AFTER = re.compile(r"\s{0,3}\([^()\n]{1,60}\)")


def _past_conversion(text: str, end: int, hi: int) -> int:
    m = _CONVERSION_AFTER.match(text, end, hi)
    return m.end() if m else end


def unit_rate_period(doc: ArticleDoc, start: int, end: int):
    """For a unit rate ("7 yen per kilowatt-hour", "50% a year", "400 billion yen each quarter"): (True, the
    period expression right after the rate phrase, or the day after "on" a price was quoted on ("$72.09 a barrel on
    Thursday"), or None); for other numbers (False, None)."""
    m = _claim_patterns()["unit_rate"].match(doc.text, end)
    if m is None:
        return False, None
    rate_end = m.end()
    if m.group(0).strip().lower() in _per_words():
        unit = UNIT_WORD.match(doc.text, rate_end)  # the unit after "per" ("kilowatt-hour", "cubic meter")
        rate_end = unit.end() if unit else rate_end
    for t in doc.times:
        if t.start < rate_end or t.role == "baseline":
            continue
        if t.role == "point":  # "settled at $72.09 a barrel on Thursday": the day the price was quoted
            if t.granularity == "day" and t.rule in MOVE_DAY_RULES | {"day.month_day", "day.day_month"} \
                    and (_ON_GAP.fullmatch(doc.text, rate_end, t.start) or t.text[:3].lower() == "on "
                         and _SPACES.fullmatch(doc.text, rate_end, t.start)):
                return True, t
            continue
        return True, t if DIRECTLY_AFTER.fullmatch(doc.text, rate_end, t.start) else None
    return True, None


#: what stands between a unit price and the day it was quoted: " on ", " on the "
_ON_GAP = re.compile(r"\s{1,3}on\s{1,3}(?:the\s{1,3})?")
_SPACES = re.compile(r"\s{1,3}")


#: a price's unit and the "on" of its day right after the number: " a barrel on ", " per tonne on the ", " an ounce on "
_PRICE_UNIT_ON = re.compile(
    r"\s{0,3}(?:\([^()\n]{1,40}\)\s{0,3})?(?:a|an|per)\s{1,3}(?!(?:year|month|quarter|week|day)\b)[a-z][\w-]{0,20}"
    r"(?:\s{1,3}(?!on\b)[a-z][\w-]{0,20})?\s{1,3}on\s{1,3}(?:the\s{1,3})?$",
    re.I,
)
#: point rules that name a day a price may be quoted on
PRICE_DAY_RULES = MOVE_DAY_RULES | {"day.month_day", "day.day_month"}


def _lead_fits(doc: ArticleDoc, end: int, t, pattern: re.Pattern[str]) -> bool:
    """Whether the text from a number's end to the day expression `t` after it (with the day's own leading "on ", which
    the expression may hold) is what `pattern` allows there (a fullmatch, one space at its end)."""
    lead = doc.text[end : t.start] + (" on " if t.text[:3].lower() == "on " else "")
    return pattern.fullmatch(lead.rstrip() + " ") is not None


def _price_day(doc: ArticleDoc, start: int, end: int):
    """The day a unit price was quoted on, named right after its unit ("settled at $72.09 a barrel on Thursday",
    "traded at $3.85 a pound on Thursday", "7.12 yuan per dollar on Friday"), else None."""
    for t in doc.times:
        if t.start < end:
            continue
        if t.start - end > 60:
            return None
        if t.role != "point" or t.granularity != "day" or t.period is None or t.rule not in PRICE_DAY_RULES:
            continue
        return t if _lead_fits(doc, end, t, _PRICE_UNIT_ON) else None
    return None


#: a move's percent sign or unit word and the "on" before its day: "% on ", " percent on the "
_MOVE_UNIT_ON = re.compile(r"\s{0,3}(?:%|percent|per\s?cent|percentage\s{1,3}points?)?\s{1,3}on\s{1,3}(?:the\s{1,3})?$", re.I)


def _day_right_after(doc: ArticleDoc, end: int):
    """The day a move happened on, right after it with only "on" between ("fell 2.1% on Tuesday", "down 0.3% on the
    day"), else None."""
    for t in doc.times:
        if t.start < end:
            continue
        if t.role != "point" or t.granularity != "day" or t.period is None or t.rule not in MOVE_DAY_RULES:
            return None
        return t if _lead_fits(doc, end, t, _MOVE_UNIT_ON) else None
    return None


#: what may stand between a stock and the "on" of the day it was counted on: " on ", " of rice on ", " at ports and in
#: pipelines on the ", " as of "
_STOCK_ON = re.compile(r"(?:\s{1,3}[a-z][\w'-]{0,20}){0,6}?\s{1,3}(?:on|as\s{1,3}of)\s{1,3}(?:the\s{1,3})?")
#: point rules that name a calendar day ("Aug. 1", "1 August")
CALENDAR_DAY_RULES = frozenset({"day.month_day", "day.day_month"})
#: chars between a stock and the day it was counted on
STOCK_DAY_CHARS = 80


@lru_cache(maxsize=1)
def _stock_verbs() -> frozenset[str]:
    return frozenset(w.lower() for w in load_claim_cues().stock_verbs)


def _stock_day(doc: ArticleDoc, start: int, end: int):
    """The calendar day a stock was counted on, after "on" or "as of" right after it, its noun phrase between ("State
    granaries held 41.1 million tons of rice on Aug. 1", "stocks stood at 1.36 million tons on July 1"; claim_cues.yaml
    `stock_verbs` among the last words before the number), else None. A weekday names when news broke, not a count."""
    for t in doc.times:
        if t.start < end:
            continue
        if t.start - end > STOCK_DAY_CHARS or t.role != "point" or t.granularity != "day" or t.period is None \
                or t.rule not in CALENDAR_DAY_RULES:
            return None
        if not _lead_fits(doc, end, t, _STOCK_ON):
            return None
        before = words_before(doc.text, doc.sentence_bounds(start, end)[0], start, 3)
        return t if any(w in _stock_verbs() for w in before) else None
    return None


def names_rate_level(words: str) -> bool:
    """Whether words name a level that holds from a date on (claim_cues.yaml `rate_level_words`, or a "rate" that is no
    measured rate such as "the unemployment rate")."""
    pats = _claim_patterns()
    return pats["rate_level"].search(pats["measured_rate"].sub(" ", words)) is not None


def is_rate_level(
    doc: ArticleDoc, clause: tuple[int, int], start: int, end: int, *, before: bool = True, after_words: int = 3
) -> bool:
    """True for a level that holds from a date on (a policy rate, tariff, duty, target), named in the clause
    before the number (unless before=False) or among the words right after it ("a 2 percent target")."""
    pats = _claim_patterns()
    after = " ".join(words_right_after(doc.text, end, clause[1], after_words))
    # a measured rate contains "rate" (a rate-level match), and dropping it makes no new one: without a rate-level
    # word before the number, the clause names none (and need not be read again for every number)
    if before and has_match(pats["rate_level"], doc.text, clause[0], start) and names_rate_level(doc.text[clause[0] : start]):
        return True
    return names_rate_level(after)


def growth_direction(doc: ArticleDoc, clause: tuple[int, int], start: int) -> str | None:
    """'up' (or 'down' for "contraction") when the clause before the number names a growth rate ("core CPI",
    "growth", "GDP"), whose percentage is a change even when written as a level; else None."""
    pats = _claim_patterns()
    if not has_match(pats["growth"], doc.text, clause[0], start):
        return None
    return "down" if has_match(pats["decline"], doc.text, clause[0], start) else "up"


#: the match starts of the cue patterns in the text read last: (text, {pattern: starts})
_MATCHES: tuple[str | None, dict[re.Pattern[str], list[int]]] = (None, {})


def _reach(pattern: re.Pattern[str]) -> int:
    """How far past its start an attempt of a cue pattern reads: no farther than its source is long (a source
    char matches at most one char, "\\s{1,3}" at most three), and one char more for a word boundary."""
    return len(pattern.pattern) + 2


def _match_starts(pattern: re.Pattern[str], text: str) -> list[int]:
    """Starts of pattern's matches over the whole text, found once per pattern of the text read last."""
    global _MATCHES
    if _MATCHES[0] is not text:
        _MATCHES = (text, {})
    found = _MATCHES[1].get(pattern)
    if found is None:
        found = _MATCHES[1][pattern] = [m.start() for m in pattern.finditer(text)]
    return found


def has_match(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> bool:
    """`pattern.search(text[lo:hi]) is not None` for a cue pattern of bounded reach (_reach), in time
    independent of hi - lo (the rules ask it for every number of a clause, from the clause start).

    An attempt at p reads text[p-1 : p+reach] only. Attempts near lo (the slice's start is a boundary) and near
    hi (its end is) are run on short slices; every attempt in between reads the same chars as in the whole
    text, so it succeeds where the whole text's scan (run once) found a match.
    """
    reach = _reach(pattern)
    if hi - lo <= 4 * reach:
        return pattern.search(text[lo:hi]) is not None
    a, b = lo + reach + 1, hi - reach - 1  # attempts at [a, b) read inside [lo, hi)
    head = pattern.search(text[lo : a + reach + 1])
    if head is not None and head.start() < a - lo:
        return True
    if pattern.search(text[b - 1 : hi], 1) is not None:
        return True
    # the whole text's scan skips the positions inside its matches; one that covers a would have started in
    # [lo, a) (it is shorter than reach), where the head found it: the starts in [a, b) are all left to look at
    starts = _match_starts(pattern, text)
    i = bisect_left(starts, a)
    return i < len(starts) and starts[i] < b


#: what may stand between a compared value and its baseline: "from $5.65 billion in the same period last year"
#: ... or "compared with $8,360 a ton in the same quarter of 2023" (a unit price's unit first)
BASELINE_GAP = re.compile(
    r"\s{0,3}(?:(?:a|an|per)\s{1,3}(?!(?:year|month|quarter|week|day)\b)[a-z][\w-]{0,20}\s{1,3})?(?:(?:in|during|for|over)\s{1,3})?"
)


#: a level stated right before its number ("Inflation had stood at 40.1% a year earlier", "the rate was 3.2% a year
#: before"): a baseline right after such a number dates it, as it dates a compared value
_LEVEL_AT = re.compile(
    r"\b(?:stood|stand|stands|was|were|had\s{1,3}been)\s{1,3}(?:at\s{1,3})?(?:(?:about|around|nearly|some|just)\s{1,3})?"
    r"(?-i:[A-Z]{0,3})[$€£¥₩]?\s?$",
    re.I,
)


def _compared_baseline(doc: ArticleDoc, start: int, end: int):
    """The baseline expression right after a compared value ("from 9.6% a year earlier", "from $5.65 billion in the
    same period last year") or a stated level ("had stood at 40.1% a year earlier"), else None."""
    before = doc.text[max(0, start - CUE_CHARS) : start]
    if not _claim_patterns()["compared"].search(before) and not _LEVEL_AT.search(before):
        return None
    for t in doc.times:
        if t.role == "baseline" and (t.shift_months is not None or t.period is not None) and end <= t.start \
                and BASELINE_GAP.fullmatch(doc.text, end, t.start):
            return t
    return None


#: the level a move reached, between the move and its day ("jumped 2.4% to $392.80 per thousand board feet on Monday")
_REACHED_LEVEL = re.compile(r"\bto\s{1,3}(?:(?:about|around|nearly|a\s{1,3}record)\s{1,3})?[A-Z]{0,3}[$€£¥₩]?\s?\d[\d.,]{0,20}", re.I)
#: a percentage move of an earlier item of a list the day follows ("SAIL jumped 3.1% on Tuesday, JSW added 2.2% and ...")
_PERCENT_MOVE = re.compile(r"\d[\d.]{0,10}\s?(?:%|percent\b|per\s?cent\b|percentage\s{1,3}points?\b)", re.I)
#: what may stand between a move and the day that dates it, besides words: "in extended trading on", "on"
_MOVE_BEFORE_DAY = re.compile(r"[\s\w,'’-]{0,40}$")


def _intro_day(doc: ArticleDoc, sent: tuple[int, int], t) -> bool:
    """Whether a day before the number leads the sentence ("On Monday, ...") or closes its introductory phrase ("In
    Toronto on Tuesday, shares ...")."""
    words_before_day = len(WORD.findall(doc.text, sent[0], t.start))
    if words_before_day <= 1:
        return True
    return words_before_day <= 4 and not re.search(r"\d", doc.text[sent[0] : t.start]) and doc.text[t.end : t.end + 1] == ","


def _listed_after_move(doc: ArticleDoc, sent: tuple[int, int], t, start: int) -> bool:
    """Whether a day before the number dates an earlier percentage move of the same sentence, of which the number is
    a later list item: only other percentage moves stand between ("jumped 3.1% on Tuesday, JSW Steel added 2.2% and
    Tata Steel gained 1.7%")."""
    before = doc.text[max(sent[0], t.start - 60) : t.start]
    move = None
    for move in _PERCENT_MOVE.finditer(before):
        pass
    if move is None or not _MOVE_BEFORE_DAY.fullmatch(before, move.end()):
        return False
    between = _PERCENT_MOVE.sub(" ", doc.text[t.end : start])
    return not re.search(r"\d|;|\b(?:said|says|told)\b", between) and len(between) <= 2 * MOVE_DAY_CHARS


#: the level a dated move reached, after its day: "fell 6.2% on Tuesday to C$646 a ton"
_DAY_THEN_LEVEL = re.compile(r"\s{1,3}to\s{1,3}(?:(?:about|around|nearly|a\s{1,3}record)\s{1,3})?[A-Z]{0,3}[$€£¥₩]?\s?")
#: a percentage move right before its day: "fell as much as 6.2% on "
_MOVE_THEN_DAY = re.compile(r"\d[\d.]{0,10}\s?(?:%|percent|per\s?cent|percentage\s{1,3}points?)\s{1,3}(?:on\s{1,3})?$", re.I)


def _level_after_dated_move(doc: ArticleDoc, sent: tuple[int, int], t, start: int) -> bool:
    """Whether the number is the level a percentage move reached, given after the day that dates the move ("fell as
    much as 6.2% on Tuesday to C$646 a ton"): it shares the move's day."""
    return _DAY_THEN_LEVEL.fullmatch(doc.text, t.end, start) is not None and \
        _MOVE_THEN_DAY.search(doc.text, max(sent[0], t.start - 40), t.start) is not None


def _move_day(doc: ArticleDoc, sent: tuple[int, int], start: int, end: int):
    """The day a change happened when the sentence names one after it, or leads with one, without a reporting
    verb or another number between ("Shares fell about 3% in extended trading on Wednesday", "On Monday,
    shares fell 3%"; not "..., the ministry said on Thursday, above the 10.5% forecast"). The level the move reached
    may stand between ("rose 0.6 percentage point to 10.9% on Wednesday"); a later item of a list of moves takes
    the day of the first ("jumped 3.1% on Tuesday, JSW Steel added 2.2%")."""
    best = None
    for t in doc.times:
        if t.role != "point" or t.rule not in MOVE_DAY_RULES or t.period is None or not sent[0] <= t.start < sent[1]:
            continue
        if t.start < end and not _intro_day(doc, sent, t):
            if (_listed_after_move(doc, sent, t, start) or _level_after_dated_move(doc, sent, t, start)) \
                    and (best is None or start - t.end < best[0]):
                best = (start - t.end, t)
            continue  # a day before the number counts only when it leads the sentence
        lo, hi = (end, t.start) if t.start >= end else (t.end, start)
        # after the move, the level it reached may stand before the day; after a leading day, earlier moves of the list
        between = _REACHED_LEVEL.sub(" ", doc.text[lo:hi], count=1) if t.start >= end else _PERCENT_MOVE.sub(" ", doc.text[lo:hi])
        if hi - lo > MOVE_DAY_CHARS or re.search(r"\d", between) or any(w.lower() in SAY_FORMS for w in WORD.findall(between)):
            continue
        if best is None or hi - lo < best[0]:
            best = (hi - lo, t)
    return best[1] if best else None


#: a level reached by a move just given: "rose 0.6 percentage point to 10.9%", "jumped 2.4% to $392.80", "fell 6.2% on
#: Tuesday to C$646"
_MOVE_THEN_LEVEL = re.compile(
    r"\d[\d.]{0,10}\s?(?:%|percent|per\s?cent|percentage\s{1,3}points?|basis\s{1,3}points?)\s{1,3}"
    r"(?:on\s{1,3}[A-Z][a-z]{2,8}\.?\s{1,3}(?:\d{1,2}\s{1,3})?)?to\s{1,3}"  # the move's day may stand between
    r"(?:(?:about|around|nearly|a\s{1,3}record)\s{1,3})?[A-Z]{0,3}[$€£¥₩]?\s?$",
    re.I,
)


def reached_by_move(doc: ArticleDoc, clause: tuple[int, int], start: int) -> bool:
    """Whether the number at `start` is the level a percentage move right before it reached (it shares the move's day)."""
    return _MOVE_THEN_LEVEL.search(doc.text, max(clause[0], start - 60), start) is not None


def period_of(
    doc: ArticleDoc, start: int, end: int, *, carry: bool = True, dated: bool = True, move: bool = False,
    instrument: bool = False,
) -> tuple[Period | None, object | None]:
    """The period a number at [start, end) describes, and the time expression it came from.

    Thresholds have none, unit rates only one that follows the rate ("barrels a day in March"), and
    (dated=False) levels that hold from a date on (policy rates, tariffs) none, except the span a level was kept
    through ("kept ... at 1.375% in December"), its own period in apposition ("inflation, at 5.13% in August,") and the
    day of the decision that set a policy rate ("cut its base rate to 2.75% on Thursday"). Otherwise the sentence's own period expression wins
    (extractor.dates.choose_period); a
    sentence without one continues the period of the latest earlier sentence of the same paragraph ("In
    the first half, exports rose 5%. Imports fell 2%." - both describe the first half), else the article's
    first period expression (its lead); `carry=False` skips both, and so does a future-tense sentence
    ("will", "expected to": a plan or forecast is not the reported period). A change (move=True) without a period
    takes the day it happened on when named next to it ("fell 3% on Wednesday"). A compared value directly followed by its
    baseline ("from 9.6% a year earlier") describes that period moved back ("a year earlier": 12 months). The size of
    a policy instrument (instrument=True: a budget, package, fund) takes only a period the parse ties to it or one it
    is for (a fiscal year, "for 2025"), or without a parse one of its own sentence; never a carried one or a day. A
    general statement ("typically") carries none.
    """
    if has_parse(doc):
        if pledged_amount(doc, start, end):  # "pledged to provide 60 billion yuan over the next three years"
            return None, None
        measured = participle_period(doc, start, end, _sentence_periods(doc, doc.sentence_bounds(start, end)))
        if measured is not None:  # "lower than the A$19.8 billion peak reached in 2022-23": when it was measured
            return Period(start=measured.period[0], end=measured.period[1]), measured
    if not dated:  # a level that holds from a date on describes no period (corpus guide: null for levels without a
        # period or when unclear), but one kept through a month ("kept its discount rate at 1.375% in December")
        # describes that month, and a policy rate set at a dated decision has the decision's day
        if doc.nlp is not None:
            sent = doc.sentence_bounds(start, end)
            held = held_through(doc, start, end, _sentence_periods(doc, sent)) or appositive_period(
                doc, start, end, _sentence_periods(doc, sent)
            )
            if held is not None:  # "kept ... at 1.375% in December", "inflation, at 5.1% in August,"
                return Period(start=held.period[0], end=held.period[1]), held
            days = [t for t in doc.times if t.role == "point" and sent[0] <= t.start and t.end <= sent[1]]
            # "cut its rate by 0.25 point on Thursday": the move's day; "held its rate at 6.5% on Thursday": the
            # decision's day (corpus/README.md: the newer groups' convention)
            day = decision_day(doc, start, end, days, level=not move)
            if day is None and not has_parse(doc):  # fast mode: the words of the decision
                day = _decision_day_by_words(doc, sent, start, end, days)
            if day is not None and day.period is not None:
                return Period(start=day.period[0], end=day.period[1]), day
        return None, None
    if is_threshold(doc, start, end) and not forecast_pass(doc, start, end):
        return None, None
    quoted = _price_day(doc, start, end)
    if quoted is not None:  # "settled at $72.09 a barrel on Thursday": the day the price was quoted
        return Period(start=quoted.period[0], end=quoted.period[1]), quoted
    counted = None if move else _stock_day(doc, start, end)
    if counted is not None:  # "stocks stood at 1.36 million tons on July 1": the day the stock was counted
        return Period(start=counted.period[0], end=counted.period[1]), counted
    is_rate, rate_expr = unit_rate_period(doc, start, end)
    if is_rate:
        if rate_expr is None and move:  # a price a move reached on a day ("to $392.80 per thousand board feet on Monday")
            rate_expr = _move_day(doc, doc.sentence_bounds(start, end), start, end)
        return (Period(start=rate_expr.period[0], end=rate_expr.period[1]), rate_expr) if rate_expr and rate_expr.period else (None, None)
    sent = doc.sentence_bounds(start, end)
    if move:
        day = _day_right_after(doc, end)
        if day is not None:  # "down 0.3% on the day and 7% lower than at the start of the year": the day's move
            return Period(start=day.period[0], end=day.period[1]), day
    choice = choose_period(start, end, sent[0], sent[1], doc.times, text=doc.text)
    if doc.nlp is not None:
        times = doc.times
        for _ in range(3):  # "at next week's meeting, from 3.9%": that week dates the meeting, choose again without it
            if choice.expr is None or not foreign_possessive(doc, start, end, choice.expr):
                break
            times = [t for t in times if t is not choice.expr]
            choice = choose_period(start, end, sent[0], sent[1], times, text=doc.text)
    if instrument:
        if doc.nlp is None:
            expr = choice.expr if choice.expr is not None and choice.expr.role == "period" else None
        else:
            pool = _sentence_periods(doc, sent)
            expr = own_period(doc, start, end, pool)
            if expr is None and choice.expr is not None and _budget_period(doc.text, choice.expr):
                expr = choice.expr  # "passed an extra budget of 21.8 trillion yen for fiscal 2024"
        return (Period(start=expr.period[0], end=expr.period[1]), expr) if expr is not None and expr.period else (None, None)
    expr = _parse_period(doc, start, end, sent, choice.expr)
    if expr is not None and has_parse(doc) and dates_an_act(doc, expr):
        return None, None  # "the A$1.2 billion reserve, announced in April": April is the announcement's
    if expr is None and move and not choice.settled:
        expr = _move_day(doc, sent, start, end)
    if expr is None and carry and not choice.settled and not _future_before(doc, sent[0], start) \
            and not _claim_patterns()["generic"].search(doc.text, sent[0], sent[1]) and not _nonpast(doc, start, end):
        expr = _carried_period(doc, sent[0])
    base = _compared_baseline(doc, start, end)
    if base is not None and base.shift_months is None and base.period is not None:
        # "from 66.2 million tonnes in the same period of 2017": the baseline names its own year
        return Period(start=base.period[0], end=base.period[1]), base
    if expr is None or expr.period is None:
        return None, expr
    period = expr.period
    if base is not None:
        period = shift_period(period, base.shift_months)
    elif _year_before_from_value(doc, sent, start, expr):
        period = shift_period(period, -12)  # "slumped 52% to A$5.2 billion in 2024-25 from A$10.9 billion": 2023-24's
    return Period(start=period[0], end=period[1]), expr


#: a policy rate set or moved by the sentence's verb, read back from a number without a parse: "cut its benchmark
#: interest rate by ", "held the benchmark Selic rate at ", "raised its policy rate by 0.25 point to "
_RATE_DECISION_BEFORE = re.compile(
    r"\b(?:cut|cuts|lowered|lowers|reduced|reduces|trimmed|raised|raises|hiked|hikes|lifted|increased|held|holds|kept|keeps"
    r"|left|leaves|maintained)\s{1,3}(?:its|the|their)\s{1,3}[^.;:\d]{0,50}?\b(?:rates?|Selic)\b(?:[^.;:]|\.(?=\d)){0,60}$",
    re.I,
)
#: what may stand between such a number and the "on" of the decision's day: its unit, the level reached or left
_DECISION_GAP = re.compile(
    r"(?:\s{0,3}(?:%|percent|per\s?cent|percentage\s{1,3}points?|basis\s{1,3}points?))?"
    r"(?:\s{1,3}(?:to|from)\s{1,3}(?:a\s{1,3}record\s{1,3}(?:low|high)\s{1,3}of\s{1,3})?\d[\d.]{0,8}\s?(?:%|percent|per\s?cent)?){0,2}"
    r"\s{1,3}on\s{1,3}(?:the\s{1,3})?",
    re.I,
)


#: "from" right before a number (the level left)
FROM_BEFORE_NUMBER = re.compile(r"\bfrom\s{1,3}$", re.I)


def _decision_day_by_words(doc: ArticleDoc, sent: tuple[int, int], start: int, end: int, days: list):
    """Without a parse, the day a policy rate was set or moved on: "on <day>" right after the number, only its unit and
    the level reached between ("cut its reference rate by 0.25 percentage point to 5.00% on Nov. 14", "held the Selic
    rate at 15% on Wednesday"), in a clause whose verb sets a policy rate (_RATE_DECISION_BEFORE); else None."""
    if _RATE_DECISION_BEFORE.search(doc.text, max(sent[0], start - 160), start) is None \
            or FROM_BEFORE_NUMBER.search(doc.text, max(sent[0], start - 12), start):
        return None  # "to 27% from 29% on Sept. 27": the level left was not set that day
    for t in days:
        if t.start < end or t.granularity != "day" or t.period is None:
            continue
        return t if t.start - end <= 60 and _lead_fits(doc, end, t, _DECISION_GAP) else None
    return None


#: "to <number>" of a change before its "from <number>" ("fell 52% to A$5.2 billion in 2024-25 from A$10.9 billion")
_TO_THEN_FROM = re.compile(
    r"\bto\s{1,3}(?:(?:about|around|nearly|almost|some|over|just|a\s{1,3}record)\s{1,3}){0,2}[A-Z]{0,3}[$€£¥₩]?\s?\d"
    r"[^;]{0,80}\bfrom\s{1,3}(?:(?:about|around|nearly|almost|some|over|just|an?\s{1,3}estimated)\s{1,3}){0,2}[A-Z]{0,3}[$€£¥₩]?\s?$",
    re.I,
)
#: granularities whose compared value is the one of the span before (a year's "from" value is the year before's)
YEARLY_GRANULARITIES = frozenset({"year", "fiscal_year"})


def _year_before_from_value(doc: ArticleDoc, sent: tuple[int, int], start: int, expr) -> bool:
    """Whether the number is the "from" value of a change "to Y in <year> from X" whose year stands before it: X is the
    value of the year before (a month or quarter is left alone: its "from" may be the month before or a year before; a
    year after "for" is what a forecast or target is for, revised from an earlier one for the same year)."""
    if expr.granularity not in YEARLY_GRANULARITIES or not sent[0] <= expr.start < start:
        return False
    if FOR_BEFORE.search(doc.text, max(0, expr.start - 9), expr.start):
        return False  # "raised its forecast for fiscal 2025 to 2.4% from 1.9%": the earlier forecast of the same year
    m = _TO_THEN_FROM.search(doc.text, max(sent[0], start - 160), start)
    return m is not None and m.start() < expr.start


def _sentence_periods(doc: ArticleDoc, sent: tuple[int, int]) -> list:
    """The resolved period expressions inside a sentence."""
    return [t for t in doc.times if t.role == "period" and t.period is not None and sent[0] <= t.start and t.end <= sent[1]]


def _parse_period(doc: ArticleDoc, start: int, end: int, sent: tuple[int, int], chosen):
    """The position-based choice, overruled by the parse: a dated change noun ("a 0.1% fall the month before"), or
    a period phrase attached to the same word as the number (extractor.claims.periods)."""
    if not has_parse(doc):
        return chosen
    dated = dated_change(doc, start, end, sent)
    if dated is not None:
        return dated
    pool = _sentence_periods(doc, sent)
    if chosen is None:
        return None
    if dates_another_level(doc, start, end, chosen):
        return None  # "eased to 5.2%, below the 9.8% peak reached in October 2022": October 2022 is the 9.8%'s
    attached = attached_period(doc, start, end, chosen, pool)
    if attached is not None:
        return attached
    from .figures import numbers_of
    if qualifies_a_period(doc, chosen, pool, start):  # "In fiscal 2022, which ended in March, ...": fiscal 2022
        qualified = [o for o in pool if o is not chosen and o.end <= chosen.start and o.period is not None]
        return qualified[-1] if qualified else chosen
    if dates_a_later_number(doc, start, end, chosen, numbers_of(doc)):
        return None  # "fell 2.3%, reversing a 0.3% rise in September": September is the rise's
    return chosen


#: "for" (and "the") right before a period phrase: "an extra budget ... for fiscal 2024"
FOR_BEFORE = re.compile(r"\bfor\s{1,3}(?:the\s{1,3})?$")


def _budget_period(text: str, expr) -> bool:
    """Whether a period phrase is the span an instrument is for: a fiscal year, or any period after "for"."""
    if expr.role != "period":
        return False
    return expr.granularity == "fiscal_year" or FOR_BEFORE.search(text[max(0, expr.start - 9) : expr.start]) is not None


def _future_before(doc: ArticleDoc, sent_start: int, start: int) -> bool:
    """Whether the sentence speaks of the future before the number ("the US will halve the tariff on $120
    billion of goods"): such a number does not continue the period of the reported data before it."""
    return cue_patterns().future.search(doc.text, sent_start, start) is not None


def _nonpast(doc: ArticleDoc, start: int, end: int) -> bool:
    """Whether the number's clause speaks in the present or a modal (parse; extractor.claims.periods.nonpast_clause):
    it continues no earlier sentence's period."""
    if not has_parse(doc):
        return False
    return nonpast_clause(doc, start, end)


def _carries(t, text: str) -> bool:
    """Whether a time expression can lend its period to later sentences."""
    if t.role == "period":  # a possessive dates the noun it qualifies ("last year's rules"), not later figures
        if t.rule == "year.absolute" and year_as_attribute(text, t.start, t.end):
            return False  # "their 2009 free trade agreement": the year of the agreement
        return t.granularity in CARRIED_GRANULARITIES and not t.text.endswith(("'s", "’s"))
    return t.role == "point" and t.rule in STOCK_POINT_RULES


def _begun(t, published) -> bool:
    """Whether a period had begun by the published date: one still to come (a budget's coming fiscal year, a 2030
    target) is what its own sentence plans, not the span later sentences report on."""
    return published is None or t.period is None or t.period[0] <= published


def _carrying_times(doc: ArticleDoc) -> list:
    """The time expressions that may lend their period to later sentences, in order, listed once per article: they
    carry one (_carries), are no compared value, had begun by the published date and (parse) stand in no relative
    clause ("..., where it had been held since October")."""
    found = doc.cache.get("context.carrying")
    if found is None or found[0] is not doc.nlp:
        times = [
            t for t in doc.times
            if _carries(t, doc.text) and compared_value_at(doc.text, t) is None and _begun(t, doc.published)
        ]
        if has_parse(doc):
            times = [t for t in times if not in_relative_clause(doc, t)]
        found = doc.cache["context.carrying"] = (doc.nlp, times)
    return found[1]


def _carried_period(doc: ArticleDoc, sent_start: int):
    """The first period expression of the latest earlier sentence (of the same paragraph) that has one, else
    the first one of the headline or lead paragraph (a period named only deeper in the article is not the
    article's). The first, not the last: later ones of a sentence are often those of a
    compared value ("..., wider than the decline in September")."""
    paragraph_start = doc.text.rfind("\n", 0, _past_blank(doc.text, sent_start)) + 1
    earlier = [t for t in _carrying_times(doc) if t.end <= sent_start]
    same_paragraph = [t for t in earlier if paragraph_start <= t.start]
    if same_paragraph:
        last_sentence_start = doc.sentence_bounds(same_paragraph[-1].start, same_paragraph[-1].end)[0]
        return next(t for t in same_paragraph if t.start >= last_sentence_start)
    lead = [t for t in earlier if t.start < _lead_end(doc.text)]
    return lead[0] if lead else None


def _past_blank(text: str, pos: int) -> int:
    """The first non-blank character at or after `pos`: a sentence may begin with the blank line before it (the fast
    mode's sentencizer puts it there), which is no part of the paragraph before."""
    while pos < len(text) and text[pos] in " \t\r\n":
        pos += 1
    return pos


def _lead_end(text: str) -> int:
    """Where the headline and lead paragraph (the first LEAD_LINES non-empty lines) end."""
    pos, seen = 0, 0
    while seen < LEAD_LINES:
        nl = text.find("\n", pos)
        if nl < 0:
            return len(text)
        if text[pos:nl].strip():
            seen += 1
        pos = nl + 1
    return pos


def _phrase(tokens: list) -> str:
    if not tokens:
        return ""
    doc = tokens[0].doc
    lo, hi = min(t.i for t in tokens), max(t.i for t in tokens)
    return doc[lo : hi + 1].text.strip(" ,;")


def has_parse(doc: ArticleDoc) -> bool:
    """Whether the article's spaCy doc has a dependency parse, read once per doc (the check reads every token).

    The fast mode's doc (a tokenizer and a sentencizer) has none: every reading of the tree finds nothing in it (no
    token has a label, a head other than itself or a child), so the rules skip those readings."""
    if doc.nlp is None:
        return False
    known = doc.cache.get("context.has_parse")
    if known is None or known[0] is not doc.nlp:
        known = doc.cache["context.has_parse"] = (doc.nlp, doc.nlp.has_annotation("DEP"))
    return known[1]


def subject_metric(doc: ArticleDoc, start: int, end: int) -> tuple[str | None, str | None]:
    """Who or what a number is about and what it measures (extractor.claims.subjects): from the parse, else
    (no model) from a shallow reading of its clause."""
    if has_parse(doc):
        return parsed_subject_metric(doc, start, end)
    sent = doc.sentence_bounds(start, end)
    return shallow_subject_metric(doc.text, clause_bounds(doc.text, sent, start, end), start)


def attribution(doc: ArticleDoc, start: int, end: int) -> str | None:
    """Who said it: "according to X", or the subject of a reporting verb in the sentence.

    Found once per sentence (every claim of a sentence shares it).
    """
    sent = doc.sentence_bounds(start, end)
    key = f"context.attribution.{sent[0]}.{sent[1]}"
    if key not in doc.cache:
        doc.cache[key] = _sentence_attribution(doc, sent)
    return doc.cache[key]


def _say_tokens(doc: ArticleDoc) -> list[int]:
    """Indices of the parse's tokens whose lower-case form is a reporting verb (SAY_FORMS), in order, found once per
    article from its token array: a sentence's tokens are not made one by one to find them."""
    found = doc.cache.get("context.say_tokens")
    if found is None or found[0] is not doc.nlp:
        import numpy  # with spaCy: a run whose every output is unchanged imports neither
        from spacy.attrs import LOWER
        from spacy.strings import hash_string

        lowers = doc.nlp.to_array(LOWER)
        say = numpy.array([hash_string(w) for w in SAY_FORMS], dtype=numpy.uint64)
        found = doc.cache["context.say_tokens"] = (doc.nlp, numpy.flatnonzero(numpy.isin(lowers, say)).tolist())
    return found[1]


def _sentence_attribution(doc: ArticleDoc, sent: tuple[int, int]) -> str | None:
    m = ACCORDING.search(doc.text, sent[0], sent[1])
    if m:
        return m.group("who").strip()
    if not has_parse(doc):
        return None
    span = doc.nlp.char_span(sent[0], sent[1], alignment_mode="expand")
    if span is None:
        return None
    says = _say_tokens(doc)
    for i in says[bisect_left(says, span.start) : bisect_left(says, span.end)]:
        tok = doc.nlp[i]
        if tok.lower_ in SAY_FORMS:
            subj = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if subj and subj[0].pos_ in {"PROPN", "NOUN"}:
                return _phrase(list(subj[0].subtree))
    return None
