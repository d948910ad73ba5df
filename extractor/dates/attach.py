"""Pick the period expression a numeric claim refers to."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from extractor.dates.model import TimeExpr

# Clause boundaries inside a sentence: semicolons, and a comma or space before a conjunction that opens a
# new clause. "which"/"that" are left out on purpose: relative clauses usually share the period. A comma
# before a subordinating word ("..., after Western brands left in February 2022") opens a clause about
# another event, whose date is not the number's. "and"/"but" before an auxiliary opens a clause with the same
# subject ("totalled A$385 billion in 2024-25 and are forecast to ease 4.2% in 2025-26").
_CLAUSE_BREAK = re.compile(
    r";|,\s{0,3}(?:while|whereas|and|but|although|though|with|as|yet|even\s{1,3}as"
    r"|after|before|following|because|since|when|amid|despite)\b|\s(?:but|while|whereas)\s"
    r"|\s(?:and|but)\s(?=(?:is|are|was|were|will|would|has|have|had|may|might|could|should)\s)",
    re.IGNORECASE,
)
# Words allowed between a number and a period that directly follows it ("$30.45 billion last year",
# "15 percent in 2025", "$55.1 billion for its fiscal third quarter").
DIRECTLY_AFTER = re.compile(r"\s{1,3}(?:(?:in|for|during|over|of|its|their|the)\s{1,3}){0,2}")
# A number given as the value compared with ("narrower than $77.7 billion", "from 17.0%"): a period right
# after it is that value's, not the period of an earlier number of the clause.
_COMPARED_VALUE = re.compile(
    r"\b(?:than|from|compared\s{1,3}(?:with|to)|versus|vs\.?|against)\s{1,3}"
    r"(?:(?:about|around|nearly|almost|some|just|over|a|record)\s{1,3}){0,2}[A-Z]{0,3}[$€£¥₩]?\s?$",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"[$€£¥₩]?\d[\d.,]{0,20}")
# Points that date a stock rather than an event ("at the end of April, M2 was ...", "at the end of 2024"):
# usable as periods; so is a day after "as of" ("reserves stood at $3.2 trillion as of May 31").
STOCK_POINT_RULES = frozenset({"month.end", "period.end"})
_AS_OF = re.compile(r"\bas\s{1,3}of\s{1,3}$", re.IGNORECASE)
#: the word that makes an end-of point the end of a span ("to the end of 2027", "until end-June", "through the end of")
_SPAN_END_BEFORE = re.compile(r"\b(?:to|until|till|through|thru)\s{1,3}$", re.IGNORECASE)


def is_stock_point(e: TimeExpr, text: str | None) -> bool:
    """Whether a point expression dates a stock: the end of a month or year, or a day after "as of"."""
    if e.role != "point":
        return False
    if e.rule in STOCK_POINT_RULES:
        # "applies from July 1 to the end of 2027": the end of a span something runs through, not a stock's date
        return text is None or _SPAN_END_BEFORE.search(text, max(0, e.start - 10), e.start) is None
    return text is not None and e.granularity == "day" and _AS_OF.search(text[max(0, e.start - 10) : e.start]) is not None
_FROM = re.compile(r"\bfrom\b", re.IGNORECASE)
# "to" followed by a number soon after ("to $12 billion", "to 7.3"), which makes "from X to Y" a change of value.
_TO_NUMBER = re.compile(r"\bto\s{1,3}(?:(?:about|around|nearly|almost|some|over|just|a\s{1,3}record)\s{1,3}){0,2}[$€£¥₩]?\s?\d", re.IGNORECASE)
_NUMBER_END = re.compile(r"[$€£¥₩]?\s?\d[\d.,]{0,20}(?:\s?(?:%|percent|per\s?cent|billion|million|trillion|thousand))?", re.IGNORECASE)
#: what stands between "from" and a time expression that it opens ("from January", "from the first quarter")
_FROM_TIME_GAP = re.compile(r"\s{1,3}(?:the\s{1,3})?")
#: the value a "from" opens, right after it: lower-case words ("the", "an upwardly revised") or a possessive ("June's")
#: before a number; "Imports from Russia fell 12% to $60 billion" names a source, not a from-value
_FROM_VALUE = re.compile(
    r"\s{1,3}(?:(?-i:[a-z][\w'’-]{0,20}|[A-Z][\w.-]{0,20}['’]s)\s{1,3}){0,3}[A-Z]{0,3}[$€£¥₩]?\s?\d"
)
FROM_TO_WIDTH = 120  # chars allowed between "from" and its "to" (and before the claim): one value phrase
LEADING_CHARS_WITHOUT_TEXT = 20  # without the text, a period this close to the sentence start leads it


#: the clause breaks of the sentences of the text read last: (text, {sentence: (starts, ends)})
_BREAKS: tuple[str | None, dict[tuple[int, int], tuple[list[int], list[int]]]] = (None, {})


def _clause_breaks(text: str, sentence_start: int, sentence_end: int) -> tuple[list[int], list[int]]:
    """Starts and ends of _CLAUSE_BREAK's matches in the sentence, found once per sentence of the text read last
    (a sentence with n numbers would otherwise be scanned n times). Only the last text is kept (a reference)."""
    global _BREAKS
    if _BREAKS[0] is not text:
        _BREAKS = (text, {})
    found = _BREAKS[1].get((sentence_start, sentence_end))
    if found is None:
        matches = list(_CLAUSE_BREAK.finditer(text, sentence_start, sentence_end))
        found = _BREAKS[1][(sentence_start, sentence_end)] = ([m.start() for m in matches], [m.end() for m in matches])
    return found


def _clause(text: str | None, sentence_start: int, sentence_end: int, pos: int) -> tuple[int, int]:
    """[start, end) of the clause around pos (the whole sentence when the text is not given): from the last break
    ending at or before pos to the first later break starting at or after it.

    Breaks are non-empty, do not overlap and come in order, so both are binary searches over the sentence's breaks.
    """
    if text is None:
        return sentence_start, sentence_end
    starts, ends = _clause_breaks(text, sentence_start, sentence_end)
    i = bisect_right(ends, pos)
    j = bisect_left(starts, pos, i)
    return (ends[i - 1] if i else sentence_start), (starts[j] if j < len(starts) else sentence_end)


_LIST_JOIN = re.compile(r"\band\b|;", re.IGNORECASE)


def _from_to(text: str, clause_start: int, clause_end: int, claim_start: int) -> tuple[int, int, int] | None:
    """(from, to, end of the to-number) when the claim sits in a "from X to Y" of its clause.

    "to X from Y and for fiscal 2025 to Z" is a list of two changes, not "from Y ... to Z": an "and" between
    the from-part and the "to" ends the from-part."""
    froms = [m.start() for m in _FROM.finditer(text, max(clause_start, claim_start - FROM_TO_WIDTH), claim_start + 1)]
    for from_pos in reversed(froms):
        if not _FROM_VALUE.match(text, from_pos + 4):
            continue  # "Imports from Russia fell 12% in May to $60 billion": a source, not a from-value
        to = _TO_NUMBER.search(text, from_pos, min(clause_end, from_pos + FROM_TO_WIDTH))
        if to is None or _LIST_JOIN.search(text, from_pos, to.start()):
            continue
        number = _NUMBER_END.search(text, to.end() - 1, clause_end)
        to_number_end = number.end() if number else to.end()
        if from_pos <= claim_start < to_number_end:
            return from_pos, to.start(), to_number_end
    return None


def _belongs_to_compared_value(text: str | None, claim_end: int, expr: TimeExpr) -> bool:
    """Whether the last number between the claim and a later expression is a compared value ("than $77.7 billion")."""
    if text is None:
        return False
    numbers = list(_NUMBER.finditer(text, claim_end, expr.start))
    if not numbers:
        return False
    last = numbers[-1].start()
    return _COMPARED_VALUE.search(text[max(claim_end, last - 40) : last]) is not None


#: a number (with its unit words) right before a period phrase: "from 4.87% in June", "than $77.7 billion in September"
_NUMBER_BEFORE = re.compile(
    r"(?:[$€£¥₩]\s?)?\d[\d.,]{0,20}(?:\s?(?:%|percent|per\s?cent))?(?:\s{1,3}(?!(?:and|or|but|while|whereas)\b)[A-Za-z$]{1,12}){0,3}?"
    r"\s{1,3}(?:(?:in|for|during|over|of|its|their|the)\s{1,3}){0,2}$",
    re.IGNORECASE,
)


def compared_value_at(text: str | None, expr: TimeExpr) -> int | None:
    """The start of the compared value a period phrase dates ("..., from 4.87% in June", "slower than the 4.7% pace
    in April-June", "up from $412 million in January-July 2018"), else None: a number given after from/than/compared
    with right before the phrase. Such a period is that number's only, not one for the sentence's other numbers or
    for later sentences."""
    return None if text is None else _compared_value_before(text, expr.start)


#: claims ask about the same few period phrases of their article over and over (every claim of a sentence, each
#: expression before it); the answer depends only on the text and the phrase's start
COMPARED_CACHE_SIZE = 4096


@lru_cache(maxsize=COMPARED_CACHE_SIZE)
def _compared_value_before(text: str, pos: int) -> int | None:
    """The start of a compared value ending right before `pos` (see compared_value_at), else None."""
    m = _NUMBER_BEFORE.search(text, max(0, pos - 80), pos)
    if m is None or _COMPARED_VALUE.search(text[max(0, m.start() - 40) : m.start()]) is None:
        return None
    return m.start()


def _other_compared(text: str | None, expr: TimeExpr, claim_start: int, claim_end: int) -> bool:
    """Whether a period phrase dates a compared value other than the claim at [claim_start, claim_end)."""
    at = compared_value_at(text, expr)
    return at is not None and not claim_start <= at < claim_end


def _nearest(
    exprs: list[TimeExpr], lo: int, hi: int, claim_start: int, claim_end: int, text: str | None = None
) -> TimeExpr | None:
    """The expression in [lo, hi) nearest before the claim, else nearest after it (unless a compared value
    stands between them)."""
    inside = [e for e in exprs if lo <= e.start and e.end <= hi]
    before = [e for e in inside if e.end <= claim_start and not _other_compared(text, e, claim_start, claim_end)]
    if before:
        return before[-1]
    after = [e for e in inside if e.start >= claim_end]
    if after and not _belongs_to_compared_value(text, claim_end, after[0]):
        return after[0]
    return None


def _directly_after(exprs: list[TimeExpr], text: str, claim_end: int, hi: int) -> TimeExpr | None:
    """The expression right after the number, only prepositions between ("1.1 percent next year")."""
    for e in exprs:
        if e.start >= claim_end and e.end <= hi:
            gap = DIRECTLY_AFTER.fullmatch(text, claim_end, e.start)
            return e if gap is not None else None
    return None


@dataclass(frozen=True)
class PeriodChoice:
    """The period expression chosen for a number; `settled` is True when the sentence settles the question
    even without one (the to-part of "from X in January to Y": Y's period is not January, nor a carried one)."""

    expr: TimeExpr | None
    settled: bool = False


def period_for(
    claim_start: int,
    claim_end: int,
    sentence_start: int,
    sentence_end: int,
    exprs: list[TimeExpr],
    *,
    text: str | None = None,
    allow_points: bool = False,
) -> TimeExpr | None:
    """The period expression the numeric claim at [claim_start, claim_end) refers to, or None (see choose_period)."""
    return choose_period(
        claim_start, claim_end, sentence_start, sentence_end, exprs, text=text, allow_points=allow_points
    ).expr


def choose_period(
    claim_start: int,
    claim_end: int,
    sentence_start: int,
    sentence_end: int,
    exprs: list[TimeExpr],
    *,
    text: str | None = None,
    allow_points: bool = False,
) -> PeriodChoice:
    """The period expression the numeric claim at [claim_start, claim_end) refers to.

    Policy, among the period expressions inside [sentence_start, sentence_end) (baselines never count;
    points only with allow_points=True, e.g. for "fell 2% on Monday", or when they date a stock: "at the
    end of April"):
    1. Clauses split at ";", at ", while|whereas|and|but|although|though|with|as|yet", at a comma before a
       subordinating "after|before|following|because|since|when|amid|despite", and at " but "
       (needs `text`; without it the sentence is one clause).
    2. "from X to Y" (needs `text`): a number of the from-part takes an expression inside the from-part,
       a number of the to-part one inside the to-part ("from 10 in January to 12 in November"); when its
       part has none, both numbers share the period found for the whole "from X to Y" span by rule 4 -
       except a to-part number when the from-part has its own period: then it has none (settled).
    3. An expression right after the number, only prepositions between ("and 1.1 percent next year").
    4. The nearest expression before the number within the clause, else the nearest after it, unless the
       last number before that one is a compared value ("$65.5 billion, narrower than $77.7 billion in
       September": September is the $77.7 billion's).
    5. Else the first period of the sentence before the number, from an earlier clause ("exports rose to
       $133 billion last year, while exports to the US hit $127.8 billion"). Without `text`: the sentence's
       leading period, within 20 chars of its start.
    """
    pool = sorted(
        (
            e
            for e in exprs
            if (e.role == "period" or (e.role == "point" and (allow_points or is_stock_point(e, text))))
            and sentence_start <= e.start
            and e.end <= sentence_end
        ),
        key=lambda e: e.start,
    )
    if not pool:
        return PeriodChoice(None)
    clause_start, clause_end = _clause(text, sentence_start, sentence_end, claim_start)
    span_start, span_end = claim_start, claim_end
    if text is not None:
        ft = _from_to(text, clause_start, clause_end, claim_start)
        if ft is not None and any(
            e.start == ft[0] or _FROM_TIME_GAP.fullmatch(text, ft[0] + 4, e.start) for e in pool if ft[0] <= e.start
        ):
            ft = None  # "From January to August, exports rose 10% to 77.3 million tons": a span of time, not of values
        if ft is not None:
            from_pos, to_pos, to_end = ft
            lo, hi = (from_pos, to_pos) if claim_start < to_pos else (to_pos, clause_end)
            own = _nearest(pool, lo, hi, claim_start, claim_end, text)
            if own is not None:
                return PeriodChoice(own)
            if claim_start >= to_pos and _nearest(pool, from_pos, to_pos, from_pos, from_pos) is not None:
                # "sales last year rose from 49,245 in 2022 to 93,927": a period of the clause before the from-part
                # is the to-part's; without one the to-part has none
                lead = _nearest(pool, clause_start, from_pos, from_pos, from_pos, text)
                return PeriodChoice(lead) if lead is not None and lead.end <= from_pos else PeriodChoice(None, settled=True)
            span_start, span_end = from_pos, max(to_end, claim_end)
        following = _directly_after(pool, text, claim_end, clause_end)
        if following is not None:
            return PeriodChoice(following)
    found = _nearest(pool, clause_start, clause_end, span_start, span_end, text)
    if found is not None:
        return PeriodChoice(found)
    first = next((e for e in pool if not _other_compared(text, e, claim_start, claim_end)), None)
    if first is None:
        return PeriodChoice(None)
    if text is None:
        return PeriodChoice(first if first.start - sentence_start <= LEADING_CHARS_WITHOUT_TEXT else None)
    if first.end <= claim_start:
        return PeriodChoice(first)
    return PeriodChoice(None)
