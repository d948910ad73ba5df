"""Resolve a single point-date phrase ("December 1", "the 15th", "March 1, 2024") to a date."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from extractor.dates.find import find_time_expressions
from extractor.dates.rules import ordinal_day

_LEAD = re.compile(
    r"^(?:(?:on|from|since|effective|starting|beginning|as\s{1,3}of|as\s{1,3}from|until|till|by)\s{1,3}){0,2}", re.IGNORECASE
)
_BARE_ORDINAL = re.compile(
    r"^(?:the\s{1,3})?(?P<d>\d{1,2})(?:st|nd|rd|th)(?:\s{1,3}of\s{1,3}(?P<which>this|last|next|the)\s{1,3}month)?$", re.IGNORECASE
)
_HAS_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
POINT_GRANULARITIES = ("day", "month")  # a month as a point means its first day ("effective January 2024")


def _dateparser_date(phrase: str) -> date | None:
    """A complete absolute date read by dateparser (strict: day, month and year all present)."""
    import dateparser  # imported here: it is slow to import and only needed for unusual spellings

    settings = {"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DATES_FROM": "past"}
    parsed: datetime | None = dateparser.parse(phrase, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


#: a pure function of its arguments; the policy rules ask about the same phrases of a sentence once per policy
#: phrase in it, and both ways (past and future)
POINT_CACHE_SIZE = 1024


@lru_cache(maxsize=POINT_CACHE_SIZE)
def resolve_point(text: str, published: date | None, *, future: bool = False) -> date | None:
    """The date a point phrase names, or None when it names none or needs a published date we lack.

    Yearless days follow find_time_expressions ("December 1" is the last December 1 on or before the
    published date; `future=True` picks the next one); "the 15th" is day 15 of the publication month, or
    of the month before when the 15th is after the published day; a month means its first day.
    """
    phrase = _LEAD.sub("", text.strip().rstrip(".,;:")).strip()
    if not phrase:
        return None
    bare = _BARE_ORDINAL.match(phrase)
    if bare:
        which = bare["which"].lower() if bare["which"] else None
        return ordinal_day(published, int(bare["d"]), which, future)
    probe = f"It will be {phrase}" if future else phrase
    offset = len(probe) - len(phrase)
    exprs = find_time_expressions(probe, published)
    whole = [e for e in exprs if e.start == offset and e.end == len(probe)]
    if whole and whole[0].granularity in POINT_GRANULARITIES and whole[0].period:
        return whole[0].period[0]
    if whole or not _HAS_YEAR.search(phrase):
        return None
    return _dateparser_date(phrase)
