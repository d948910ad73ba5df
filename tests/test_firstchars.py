"""quick_start: a lookahead of a pattern's possible first characters, never a change in its matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.claims import numbers, policy_patterns
from extractor.dates import rules as date_rules
from extractor.dates.context import cue_patterns
from extractor.firstchars import quick_start
from extractor.repair import masks, split_decimal


@pytest.mark.parametrize(
    ("source", "flags", "lookahead"),
    [
        (r"\bin\s{1,3}(?:May|June)", re.IGNORECASE, "(?=[i])"),
        (r"\b(?:(?P<mod>last|next)\s)?(?-i:May)", re.IGNORECASE, "(?=[lnM])"),
        (r"(?<![\d.])(?:19|20)\d{2}", 0, "(?=[12])"),
        (r"(?:the\s{1,3})?(?:\d{1,2}|one)\s", re.IGNORECASE, r"(?=[t\do])"),
        (r"[$€]?\s?\d", 0, r"(?=[\$€\s\d])"),
        (r"x*[a-c]", 0, "(?=[xa-c])"),
        (r"(?>ab|c)d", 0, "(?=[ac])"),
        (r"\b(?-i:May|June)", re.IGNORECASE, "(?=(?-i:[MJ]))"),  # only capitals can start it
        (r"(?-i:May)|june", re.IGNORECASE, "(?=[Mj])"),  # one folding item: the class folds
        (r"(?i:a)b", 0, "(?=(?i:[a]))"),
    ],
)
def test_lookahead_of_first_characters(source: str, flags: int, lookahead: str) -> None:
    fast = quick_start(re.compile(source, flags))
    assert fast.pattern == f"{lookahead}(?:{source})"
    assert fast.flags == re.compile(source, flags).flags


@pytest.mark.parametrize(
    ("source", "flags"),
    [
        (r"x?", 0),  # may match empty text
        (r"\s{0,3}(?:,|$)", 0),  # may match empty text
        (r".{1,3}x", 0),  # any character may start it
        (r"[^a]b", 0),  # negated set
        (r"\Wb", 0),  # a category a class cannot list positively
        (r"(a)?\1b", 0),  # a back-reference
        (r"a  # comment", re.VERBOSE),
    ],
)
def test_left_alone(source: str, flags: int) -> None:
    pattern = re.compile(source, flags)
    assert quick_start(pattern) is pattern


def _patterns() -> list[re.Pattern[str]]:
    """The patterns the rules scan with, as written (the unwrapped source of a wrapped one)."""
    found = [v for v in vars(date_rules).values() if isinstance(v, re.Pattern)]
    found += [v for v in vars(split_decimal._patterns()).values() if isinstance(v, re.Pattern)]
    found += [v for v in vars(masks).values() if isinstance(v, re.Pattern)]
    found += [numbers._tables()[0], cue_patterns().future, policy_patterns._FUTURE, policy_patterns._CAPITALIZED]
    out = []
    for p in found:
        src = re.sub(r"^\(\?=\[(?:\\.|[^\]\\])*\]\)\(\?:", "", p.pattern)
        out.append(re.compile(src[:-1] if src != p.pattern else src, p.flags))
    return out


PATTERNS = _patterns()
TEXT = st.text(
    alphabet=st.sampled_from(list("0123456789 ,.-%$€'’\n*[]the yearMayJanuarySEPTmonthquarterfirstlastnextsincebnUSRMBfivetwentyhundredſKwillplantoChinaSouth Korea")),
    max_size=120,
)


@settings(max_examples=150, deadline=None)
@given(TEXT)
def test_same_matches_as_the_pattern_itself(text: str) -> None:
    for p in PATTERNS:
        fast = quick_start(p)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in p.finditer(text)], p.pattern
        assert [m.groupdict() for m in fast.finditer(text)] == [m.groupdict() for m in p.finditer(text)]


@pytest.mark.parametrize("text", [
    "In January-March 2024, exports rose 5.1% year on year; the first three months of last year saw 2.3%.",
    "Since mid-2022 and through the quarter to June, the 12 months to March fell by 3.5 percent from a year earlier.",
    "Sales reached US$3.2 billion in fiscal 2023, up from 2.7 billion yuan; H1 2024 and Q3 were weaker.",
])
def test_same_matches_on_sentences(text: str) -> None:
    for p in PATTERNS:
        assert [m.span() for m in quick_start(p).finditer(text)] == [m.span() for m in p.finditer(text)], p.pattern
