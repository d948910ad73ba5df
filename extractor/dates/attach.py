"""Pick the period expression a numeric claim refers to."""

from __future__ import annotations

import re

from extractor.dates.model import TimeExpr

# Clause boundaries inside a sentence: semicolons, and a comma or space before a conjunction that opens a
# new clause. "which"/"that" are left out on purpose: relative clauses usually share the period.
_CLAUSE_BREAK = re.compile(
    r";|,\s{0,3}(?:while|whereas|and|but|although|though|with|as|yet|even\s{1,3}as)\b|\s(?:but|while|whereas)\s",
    re.IGNORECASE,
)
_FROM = re.compile(r"\bfrom\b", re.IGNORECASE)
# "to" followed by a number soon after ("to $12 billion", "to 7.3"), which makes "from X to Y" a change of value.
_TO_NUMBER = re.compile(r"\bto\s{1,3}(?:(?:about|around|nearly|almost|some|over|just|a\s{1,3}record)\s{1,3}){0,2}[$€£¥₩]?\s?\d", re.IGNORECASE)
_NUMBER_END = re.compile(r"[$€£¥₩]?\s?\d[\d.,]{0,20}(?:\s?(?:%|percent|per\s?cent|billion|million|trillion|thousand))?", re.IGNORECASE)
FROM_TO_WIDTH = 120  # chars allowed between "from" and its "to" (and before the claim): one value phrase
LEADING_WORDS = 3  # words allowed before a sentence's leading period ("In", "During the", "For the whole of")
LEADING_CHARS_WITHOUT_TEXT = 20  # without the text, a period this close to the sentence start leads it
_LEADING_PREFIX = re.compile(rf"^\W{{0,3}}(?:\w{{1,20}}\W{{1,3}}){{0,{LEADING_WORDS}}}$")


def _clause(text: str | None, sentence_start: int, sentence_end: int, pos: int) -> tuple[int, int]:
    """[start, end) of the clause around pos (the whole sentence when the text is not given)."""
    if text is None:
        return sentence_start, sentence_end
    start, end = sentence_start, sentence_end
    for m in _CLAUSE_BREAK.finditer(text, sentence_start, sentence_end):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


def _from_to(text: str, clause_start: int, clause_end: int, claim_start: int) -> tuple[int, int, int] | None:
    """(from, to, end of the to-number) when the claim sits in a "from X to Y" of its clause."""
    froms = [m.start() for m in _FROM.finditer(text, max(clause_start, claim_start - FROM_TO_WIDTH), claim_start + 1)]
    for from_pos in reversed(froms):
        to = _TO_NUMBER.search(text, from_pos, min(clause_end, from_pos + FROM_TO_WIDTH))
        if to is None:
            continue
        number = _NUMBER_END.search(text, to.end() - 1, clause_end)
        to_number_end = number.end() if number else to.end()
        if from_pos <= claim_start < to_number_end:
            return from_pos, to.start(), to_number_end
    return None


def _nearest(exprs: list[TimeExpr], lo: int, hi: int, claim_start: int, claim_end: int) -> TimeExpr | None:
    """The expression in [lo, hi) nearest before the claim, else nearest after it."""
    inside = [e for e in exprs if lo <= e.start and e.end <= hi]
    before = [e for e in inside if e.end <= claim_start]
    if before:
        return before[-1]
    after = [e for e in inside if e.start >= claim_end]
    return after[0] if after else None


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
    """The period expression the numeric claim at [claim_start, claim_end) refers to, or None.

    Policy, among the period expressions inside [sentence_start, sentence_end) (baselines never count;
    points only with allow_points=True, e.g. for "fell 2% on Monday"):
    1. Clauses split at ";" and at ", while|whereas|and|but|although|though|with|as|yet" and " but "
       (needs `text`; without it the sentence is one clause).
    2. "from X to Y" (needs `text`): a number of the from-part takes an expression inside the from-part,
       a number of the to-part one inside the to-part ("from 10 in January to 12 in November"); when its
       part has none, both numbers share the period found for the whole "from X to Y" span by rule 3.
    3. The nearest expression before the number within the clause, else the nearest after it.
    4. Else the sentence's leading period: the first period of the sentence when at most three words come
       before it and it is followed by a comma, or at most one word comes before it ("In the first nine
       months of this year, China accounted for 19.7% ..."). Without `text`: a period within 20 chars
       of the sentence start.
    """
    roles = ("period", "point") if allow_points else ("period",)
    pool = sorted(
        (e for e in exprs if e.role in roles and sentence_start <= e.start and e.end <= sentence_end),
        key=lambda e: e.start,
    )
    if not pool:
        return None
    clause_start, clause_end = _clause(text, sentence_start, sentence_end, claim_start)
    span_start, span_end = claim_start, claim_end
    if text is not None:
        ft = _from_to(text, clause_start, clause_end, claim_start)
        if ft is not None:
            from_pos, to_pos, to_end = ft
            lo, hi = (from_pos, to_pos) if claim_start < to_pos else (to_pos, clause_end)
            own = _nearest(pool, lo, hi, claim_start, claim_end)
            if own is not None:
                return own
            span_start, span_end = from_pos, max(to_end, claim_end)
    found = _nearest(pool, clause_start, clause_end, span_start, span_end)
    if found is not None:
        return found
    first = pool[0]
    if text is None:
        return first if first.start - sentence_start <= LEADING_CHARS_WITHOUT_TEXT else None
    prefix = text[sentence_start : first.start]
    if _LEADING_PREFIX.match(prefix):
        words = len(re.findall(r"\w+", prefix))
        followed_by_comma = text[first.end : first.end + 2].lstrip().startswith(",")
        if words <= 1 or followed_by_comma:
            return first
    return None
