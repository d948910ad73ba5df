"""Rules searched only around their triggers find what a scan of the whole text finds."""

from __future__ import annotations

import re
from datetime import date

import pytest

from extractor.dates import rules
from extractor.dates.context import Context
from extractor.dates.scan import extent, scan

SENTENCES = [
    "Exports rose 7% year on year in November 2023, and 3.2% month-on-month; so  far this year they are up 5%.",
    "In the first nine months of this year, the same  month last year and the same period of 2022 were weaker.",
    "The fiscal year ending March 2024 (FY2023/24) and F.Y. 2020 beat fiscal 2019; Q3 2024, 2024Q3 and 3Q24 too.",
    "Since January, and since the start of the year, prices were 7% lower than at the beginning of the year.",
    "H1 2024, 2024 H2, the first half, the 12 months to March, the year to June and the past  three years.",
    "On Monday, last week, yesterday and on the 3rd, trade was flat; Dec. 4, 2023 and 3 March 2024 differ.",
    "The third quarter ended July 27, the September quarter, last quarter and the week to Friday were calm.",
    "Between March and May, from January to October, January-October and the first 10 days of November.",
    "Year-to--date sales, y/y, q/q, YoY and the current fiscal year; the full year, full-year, for the year.",
    "On  the session and on the day it fell; in 2025-26 and the same quarter this year; mid-2024, end-2024.",
    "SEPTEMBER 5, MAY, Sept. 30, 2024, the end of November, the next five years and a year earlier.",
]


@pytest.mark.parametrize("name", sorted(rules.TRIGGERS))
def test_rule_searched_around_its_anchors_finds_what_a_whole_scan_finds(name: str) -> None:
    text = "\n".join(SENTENCES)
    rule = dict(rules.time_rule.select(None))[name]
    for published in (date(2024, 3, 15), None):
        whole = Context(text, published)
        around = Context(text, published, lowered=text.lower(), anchors=rules.anchors(rules.TRIGGERS[name]))
        assert [repr(c) for c in rule(around)] == [repr(c) for c in rule(whole)]


@pytest.mark.parametrize(
    ("source", "bounds"),
    [
        (r"abc", (3, 3)),
        (r"a\b", (1, 2)),  # a boundary looks at the next character
        (r"a(?=bcd)", (1, 4)),
        (r"(?<=xy)a", (1, 1)),
        (r"a{1,3}|bb", (3, 3)),
        (r"a\s{1,3}b", (5, 5)),
        (r"a+", None),  # unbounded
        (r"(a)\1", None),  # back-reference
        (r"a?", None),  # can match empty text
    ],
)
def test_extent(source: str, bounds: tuple[int, int] | None) -> None:
    assert extent(re.compile(source)) == bounds


@pytest.mark.parametrize(
    ("pattern", "text", "anchors"),
    [
        (re.compile(r"\bsame\s{1,3}month\b", re.IGNORECASE), "the same month, the SAME  month, samemonth, same month", ("same",)),
        (re.compile(r"\b(?:last|next)\s{1,3}year\b", re.IGNORECASE), "last year" + " filler" * 40 + " next  year.", ("year",)),
        (re.compile(r"(?:19|20)\d{2}(?!\d)"), "in 2023 and 20245 and 1999", ("19", "20")),
        (re.compile(r"(?i)x+y"), "xxxy xy", ("y",)),  # unbounded: scanned whole
    ],
)
def test_scan_equals_finditer(pattern: re.Pattern[str], text: str, anchors: tuple[str, ...]) -> None:
    for lo, hi in ((0, len(text)), (3, len(text) - 2)):
        lowered = text.lower()
        hits = sorted((m.start(), m.end()) for a in anchors for m in re.finditer(re.escape(a), lowered[:hi]) if m.start() >= lo)
        found = [m.span() for m in scan(pattern, text, lo, hi, hits)]
        assert found == [m.span() for m in pattern.finditer(text, lo, hi)]


def test_anchors_split_phrases_where_patterns_allow_more_space() -> None:
    assert rules.anchors(("so far", "to-date", "to date", "ytd")) == ("far", "date", "ytd")
