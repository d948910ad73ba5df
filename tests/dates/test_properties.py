"""Property tests: find_time_expressions never raises, its offsets slice the text, periods are ordered."""

from __future__ import annotations

import time
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.dates import GRANULARITIES, ROLES, find_dateline, find_time_expressions, period_for, resolve_point

WORDS = [
    "in", "the", "first", "second", "third", "quarter", "half", "nine", "months", "of", "this", "last", "next", "year",
    "November", "Dec.", "March", "May", "January-October", "to", "from", "since", "on", "3rd", "15th", "fiscal",
    "FY2023", "Q3", "3Q24", "H1", "2022", "2022's", "year on year", "same", "period", "month", "week", "yesterday",
    "so far", "compared with", "a year earlier", "will", ",", ";", ".", "\n", "5%", "$55.8 billion", "4", "2,022",
    "-", "'24", "Monday", "effective", "ending", "ended",
]
texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join),
)
published = st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31)))


@settings(max_examples=400, deadline=None)
@given(texts, published)
def test_find_time_expressions_invariants(text: str, pub: date | None) -> None:
    found = find_time_expressions(text, pub)
    previous_end = 0
    for e in found:
        assert text[e.start : e.end] == e.text
        assert previous_end <= e.start < e.end
        previous_end = e.end
        assert e.role in ROLES and e.granularity in GRANULARITIES
        assert e.resolved == (e.period is not None)
        if e.period is not None:
            assert e.period[0] <= e.period[1]


@settings(max_examples=200, deadline=None)
@given(texts, published, st.integers(0, 300), st.integers(0, 20))
def test_period_for_returns_a_period_in_the_sentence(text: str, pub: date | None, at: int, width: int) -> None:
    found = find_time_expressions(text, pub)
    start = min(at, len(text))
    chosen = period_for(start, min(len(text), start + width), 0, len(text), found, text=text)
    assert chosen is None or (chosen in found and chosen.role == "period")


@settings(max_examples=200, deadline=None)
@given(texts, published)
def test_resolve_point_and_dateline_never_raise(text: str, pub: date | None) -> None:
    resolve_point(text, pub)
    find_dateline(text, pub.year if pub else None)


def test_offsets_hold_when_lower_casing_changes_length() -> None:
    text = "İstanbul: exports rose 4% in November."
    (e,) = find_time_expressions(text, date(2023, 12, 4))
    assert (text[e.start : e.end], e.period) == ("November", (date(2023, 11, 1), date(2023, 11, 30)))


def test_adversarial_inputs_stay_linear() -> None:
    """Long runs of near-misses must not backtrack catastrophically (a generous bound, not a benchmark)."""
    for chunk in ["the first ", "Q", "1", "from 2020 ", "since ", "fiscal year ending ", "the same ", "January-", " , ", "year on year in 2023 ", "May "]:
        text = chunk * 5000
        began = time.process_time()  # CPU time: a loaded machine cannot fail the guard
        find_time_expressions(text, date(2023, 12, 4))
        assert time.process_time() - began < 5.0, chunk
