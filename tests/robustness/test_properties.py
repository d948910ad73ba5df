"""Property tests across stages: repair, number parsing, date anchoring and the whole extract_text.

Texts are drawn from a vocabulary mixing what every stage reacts to (figures, garbled decimals,
masks, dates, titles, policy verbs, CJK punctuation) glued or spaced, plus arbitrary Unicode.
The stage modules have their own property tests; these add the cross-stage ones: the whole
extraction never raises and never reports an error on such text, every evidence offset slices the
ORIGINAL text, and every record validates against its pydantic model and its committed JSON Schema.
Example counts are small enough for CI (the full-model test runs the fewest).
"""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor import Settings, extract_text
from extractor.claims.numbers import find_numbers
from extractor.dates import find_time_expressions
from extractor.models import CLAIM_ADAPTER, EntityRecord, FlagRecord
from extractor.output import dumps
from extractor.repair import repair

from .helpers import validator

TOKENS = [
    # figures, percentages, garbled decimals, scale words, currencies
    "$55.8 billion", "7.8%", "19 percent of total exports7%", "exports7%", "41 trillion yuan", "1,234", "0.5",
    "5%-6%", "about", "more than", "US$", "HK$", "€", "¥", "million", "billion", "亿", "万", "basis points",
    "percentage points", "down", "rose", "fell", "surged", "to", "from", "by", "a year earlier", "year on year",
    # masks and debris
    "**", "***", "3**", "[...]", "]", "(", ")", "。", "，", "（", "）", "by by",
    # dates
    "in November", "on the 3rd", "last year", "the first quarter", "FY2024", "January-October", "Dec. 4, 2023",
    "SEOUL, Dec 4, 2023 (Yonhap) --", "this year", "next month",
    # people, organisations, policies
    "Minister", "Wang Wentao", "Yoon Suk Yeol", "spokesperson", "the Ministry of Commerce", "said", "announced",
    "will impose", "tariffs", "export controls", "effective from", "the European Union", "China", "South Korea",
    # separators
    " ", "  ", ".", ",", ";", "\n", "\n\n", "-", "\t",
]
GLUED = st.lists(st.sampled_from(TOKENS), max_size=40).map("".join)
SPACED = st.lists(st.sampled_from(TOKENS), max_size=40).map(" ".join)
NEWS_TEXT = st.one_of(SPACED, SPACED, GLUED, st.text(max_size=200))
PUBLISHED = st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31)))
FAST = Settings(model="none")
FULL = Settings()


@settings(max_examples=150, deadline=None)
@given(NEWS_TEXT)
def test_repair_never_raises_offsets_map_back_and_is_idempotent(text: str) -> None:
    result = repair(text)
    assert result.original == text
    for rep in result.repairs:
        assert text[rep.start : rep.end] == rep.original
    for sus in result.suspects:
        assert text[sus.start : sus.end] == sus.original
    for mask in result.masks:
        assert text[mask.start : mask.end] == mask.surface
    s, e = result.to_original(0, len(result.text))
    assert 0 <= s <= e <= len(text)
    assert repair(result.text).text == result.text


@settings(max_examples=150, deadline=None)
@given(NEWS_TEXT)
def test_find_numbers_offsets_slice_and_values_are_finite(text: str) -> None:
    previous_start = -1
    for n in find_numbers(text):
        assert text[n.start : n.end] == n.text
        assert previous_start <= n.start
        previous_start = n.start
        assert n.value == n.value and abs(n.value) != float("inf")  # not NaN, not infinite
        assert n.kind in {"money", "quantity", "percent"}


@settings(max_examples=150, deadline=None)
@given(NEWS_TEXT, PUBLISHED)
def test_find_time_expressions_offsets_slice_and_periods_are_ordered(text: str, published: date | None) -> None:
    previous_end = 0
    for t in find_time_expressions(text, published):
        assert text[t.start : t.end] == t.text
        assert previous_end <= t.start < t.end
        previous_end = t.end
        if t.period is not None:
            assert t.period[0] <= t.period[1]
        if published is None:
            assert t.resolved == (t.period is not None)


def check_extraction(text: str, published: date | None, settings_: Settings) -> None:
    """extract_text on `text`: no error, offsets into the original, records valid (models and schemas)."""
    res = extract_text(text, published=published, settings=settings_)
    if not text.strip():
        return
    assert res.errors == [], [e.reason for e in res.errors]
    assert res.article is not None and res.article.text == text
    for claim in res.claims:
        ev = claim.evidence
        assert text[ev.start : ev.end] == ev.text
        line = dumps(claim)
        assert CLAIM_ADAPTER.validate_json(line) == claim
        validator("claims").validate(claim.model_dump(mode="json"))
    for flag in res.flags:
        if flag.evidence is not None:
            assert text[flag.evidence.start : flag.evidence.end] == flag.evidence.text
        assert FlagRecord.model_validate_json(dumps(flag)) == flag
        validator("flags").validate(flag.model_dump(mode="json"))
    for entity in res.entities:
        for m in entity.mentions:
            assert text[m.start : m.end] == m.text
        assert EntityRecord.model_validate_json(dumps(entity)) == entity
        validator("entities").validate(entity.model_dump(mode="json"))
    validator("articles").validate(res.article.model_dump(mode="json"))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NEWS_TEXT, PUBLISHED)
def test_extract_text_fast_mode_never_fails_and_offsets_hold(text: str, published: date | None) -> None:
    check_extraction(text, published, FAST)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SPACED, PUBLISHED)
def test_extract_text_full_model_never_fails_and_offsets_hold(text: str, published: date | None) -> None:
    check_extraction(text, published, FULL)
