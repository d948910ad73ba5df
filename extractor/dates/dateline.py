"""Detect a news dateline near the start of an article ("SEOUL, Dec 4 (Yonhap) --")."""

from __future__ import annotations

import re
from datetime import date

from extractor.dates.calendar import valid_date
from extractor.dates.patterns import YEAR4, fragments
from extractor.dates.vocab import load_vocab

DATELINE_SEARCH_CHARS = 600  # a dateline opens the body: after at most a title line or two
_F = fragments()
_CITY = r"(?:[A-Z][A-Za-z.'\-]{1,20}(?:\s[A-Z][A-Za-z.'\-]{1,20}){0,3}(?:,\s?[A-Z][A-Za-z.'\-]{1,20}(?:\s[A-Z][A-Za-z.'\-]{1,20}){0,2})?,\s{1,3})?"
_DATE = (
    rf"(?:(?P<mon>{_F.month_any})\s{{0,3}}(?P<d>\d{{1,2}})(?:st|nd|rd|th)?|(?P<d2>\d{{1,2}})\s{{1,3}}(?P<mon2>{_F.month_any}))"
    rf"(?:,?\s{{1,3}}(?P<y>{YEAR4}))?"
)
_AGENCY = r"(?:\s{0,3}(?:\([^()\n]{1,40}\)|/[^/\n]{1,40}/))?"
_DATELINE = re.compile(rf"(?m)^[ \t]{{0,8}}{_CITY}(?P<date>{_DATE}){_AGENCY}\s{{0,3}}(?:--|-|—|–|:)")


def find_dateline(text: str, reference_year: int | None = None) -> tuple[date, int, int] | None:
    """(date, start, end) of the dateline's date near the start of text, or None.

    Handles "SEOUL, Dec 4 (Yonhap) --", "BEIJING, March 3, 2024 /Xinhua/ --", "TOKYO, Jan 5 (Reuters) -",
    "Dec. 4, 2023 —". A dateline without a year takes reference_year, and is None without one.
    start/end are the offsets of the date part ("Dec 4", "March 3, 2024") in text.
    """
    vocab = load_vocab()
    for m in _DATELINE.finditer(text, 0, min(len(text), DATELINE_SEARCH_CHARS)):
        month = vocab.month_number(m["mon"] or m["mon2"])
        day = int(m["d"] or m["d2"])
        year = int(m["y"]) if m["y"] else reference_year
        if year is None:
            return None
        found = valid_date(year, month, day)
        if found:
            return found, m.start("date"), m.end("date")
    return None
