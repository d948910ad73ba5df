"""Regex fragments built once from the vocabulary, and the year-suffix reader shared by the rules.

Every quantifier is bounded or applies to a single character class with nothing nested, so matching is
linear in the text length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractor.dates.vocab import load_vocab

YEAR4 = r"(?:19|20)\d{2}"
NOT_MORE_NUMBER = r"(?![\d%]|[.,]\d|\s?per\s?cent)"  # "2022" but not "2022.5", "2,022", "2022%"


def _cases(words: list[str]) -> str:
    """Capitalised and upper-case spellings of words, longest first ("September|SEPTEMBER|Sept|...")."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(f"{w}|{w.upper()}" for w in ordered)


@dataclass(frozen=True)
class Fragments:
    """Alternations for month names, numbers and weekdays (case-sensitive inside (?-i:...))."""

    month_full: str  # full names only
    month_any: str  # full names or abbreviations, optional trailing dot
    count: str  # 1..12 as digits or words
    ordinal_quarter: str
    weekday: str


@lru_cache(maxsize=1)
def fragments() -> Fragments:
    """Build the fragments from the vocabulary (once per process)."""
    v = load_vocab()
    words = sorted([*v.cardinals, *v.ordinals], key=len, reverse=True)
    return Fragments(
        month_full=rf"(?-i:{_cases(list(v.months))})\b",
        month_any=rf"(?:(?-i:{_cases(list(v.months))})\b|(?-i:{_cases(list(v.month_abbreviations))})\b\.?)",
        count=rf"(?:\d{{1,2}}|{'|'.join(words)})",
        ordinal_quarter=r"(?:first|second|third|fourth|final|1st|2nd|3rd|4th)",
        weekday=rf"(?-i:{_cases(v.weekdays)})\b",
    )


@dataclass(frozen=True)
class YearSpec:
    """What follows a month/quarter/half about its year.

    kind: "abs" (value = the year), "rel" (value = offset from the published year), "shift" (value =
    offset from the year the yearless rule picks: "November a year earlier"), "fiscal" (value = fiscal
    label year), "yearless" (nothing, or "of the year"). `end` is where the suffix ends in the text.
    """

    kind: str
    value: int
    end: int


_YEAR_SUFFIX = re.compile(
    rf"\s{{0,3}},?\s{{0,3}}(?:(?:of|in)\s{{1,3}})?(?:the\s{{1,3}}year\s{{1,3}})?(?P<abs>{YEAR4}){NOT_MORE_NUMBER}"
    r"|\s{0,2}['’](?P<abs2>\d{2})(?![\w%])"
    r"|\s{1,3}(?:of\s{1,3})?(?P<rel>this|last|next)\s{1,3}year(?!\w)"
    r"|\s{1,3}(?:of\s{1,3})?the\s{1,3}(?P<cur>current|present)\s{1,3}year(?!\w)"
    r"|\s{1,3}(?:of\s{1,3})?(?P<shift>the\s{1,3}(?:previous|prior|preceding)\s{1,3}year"
    r"|(?:a|one)\s{1,3}year\s{1,3}(?:earlier|ago|before)|the\s{1,3}year\s{1,3}before)(?!\w)"
    rf"|\s{{1,3}}(?:of\s{{1,3}}|in\s{{1,3}})?(?:the\s{{1,3}})?(?:fiscal(?:\s{{1,3}}year)?\s{{0,3}}|FY\s?)['’]?(?P<fy>{YEAR4}|\d{{2}})(?![\w%])"
    r"|\s{1,3}of\s{1,3}the\s{1,3}year(?!\w)",
    re.IGNORECASE,
)


def read_year_suffix(text: str, pos: int, *, fiscal: bool = False) -> YearSpec:
    """Read "2024", ", 2024", "'24", "last year", "of this year", "of fiscal 2023" ... starting at pos."""
    m = _YEAR_SUFFIX.match(text, pos)
    if m is None or (m.group("fy") and not fiscal):
        return YearSpec("yearless", 0, pos)
    if m.group("abs"):
        return YearSpec("abs", int(m.group("abs")), m.end())
    if m.group("abs2"):
        return YearSpec("abs", 2000 + int(m.group("abs2")), m.end())
    if m.group("rel"):
        return YearSpec("rel", {"this": 0, "last": -1, "next": 1}[m.group("rel").lower()], m.end())
    if m.group("cur"):
        return YearSpec("rel", 0, m.end())
    if m.group("shift"):
        return YearSpec("shift", -1, m.end())
    if m.group("fy"):
        fy = m.group("fy")
        return YearSpec("fiscal", int(fy) if len(fy) == 4 else 2000 + int(fy), m.end())
    return YearSpec("yearless", 0, m.end())
