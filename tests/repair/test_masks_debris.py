"""Rule tables for masked words and debris normalization."""

from __future__ import annotations

import pytest

from extractor.repair import repair
from extractor.repair.masks import ordinal

MASK_CASES = [
    pytest.param("The bilateral ** surplus widened.", "**", "trade", None, id="surplus-trade"),
    pytest.param("Firms moved the ** chains abroad.", "**", "supply", None, id="chains-supply"),
    pytest.param("The ** war hurt farmers.", "**", "trade", None, id="war-trade"),
    pytest.param("The ** volume grew.", "**", "trade", None, id="volume-trade"),
    pytest.param("Costs along the supply *** rose.", "***", "chain", None, id="previous-word-supply"),
    pytest.param("Officials said on the 14** that talks ended.", "14**", "14th", 14, id="day-on-the"),
    pytest.param("The agency reported in 21** that sales fell.", "21**", "21st", 21, id="day-in"),
    pytest.param("Data for the ** sector were mixed.", "**", None, None, id="no-collocation"),
    pytest.param("A passage [...] was cut.", "[...]", None, None, id="bracket-ellipsis"),
    pytest.param("A passage […] was cut.", "[…]", None, None, id="bracket-unicode-ellipsis"),
]


@pytest.mark.parametrize(("text", "surface", "suggestion", "day"), MASK_CASES)
def test_mask_table(text: str, surface: str, suggestion: str | None, day: int | None) -> None:
    result = repair(text)
    assert result.text == text  # masks are reported, never replaced
    (mask,) = result.masks
    assert text[mask.start:mask.end] == mask.surface == surface
    assert mask.suggestion == suggestion and mask.day == day
    assert (mask.reason is None) == (suggestion is None)


def test_day_out_of_range_is_a_plain_mask() -> None:
    (mask,) = repair("Sales rose in 45** units.").masks
    assert mask.surface == "**" and mask.day is None


def test_markdown_bold_is_not_a_mask() -> None:
    assert repair("The **Beijing** office opened.").masks == []


@pytest.mark.parametrize(("n", "expected"), [(1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (11, "11th"),
                                             (12, "12th"), (13, "13th"), (21, "21st"), (22, "22nd"), (31, "31st")])
def test_ordinal(n: int, expected: str) -> None:
    assert ordinal(n) == expected


DEBRIS_CASES = [
    pytest.param("Trade grew fast。Imports slowed.", "Trade grew fast. Imports slowed.", "debris.cjk_punct.v1",
                 id="full-stop-needs-space"),
    pytest.param("Trade grew fast。 Imports slowed.", "Trade grew fast. Imports slowed.", "debris.cjk_punct.v1",
                 id="full-stop-has-space"),
    pytest.param("steel，coal and oil", "steel, coal and oil", "debris.cjk_punct.v1", id="comma"),
    pytest.param("two goals：growth and jobs", "two goals: growth and jobs", "debris.cjk_punct.v1", id="colon"),
    pytest.param("the ministry（MOTIE）said", "the ministry (MOTIE) said", "debris.cjk_punct.v1", id="parentheses"),
    pytest.param("Staff reporter Wang Lu] Reuters said", "Staff reporter Wang Lu. Reuters said",
                 "debris.lone_bracket.v1", id="byline-closing-bracket"),
    pytest.param("[ Beijing bureau reported gains", "Beijing bureau reported gains", "debris.lone_bracket.v1",
                 id="lone-opening-bracket"),
    pytest.param("Xinhua reporter in Lima Chen Ke】Copper shipments rose", "Xinhua reporter in Lima Chen Ke. Copper shipments rose",
                 "debris.lone_bracket.v1", id="bracket-glued-between-byline-and-sentence"),
    pytest.param("head of the statistics office】told reporters", "head of the statistics office told reporters",
                 "debris.lone_bracket.v1", id="bracket-glued-inside-a-sentence"),
    pytest.param("Prices were set by by the state.", "Prices were set by the state.", "debris.doubled_word.v1",
                 id="doubled-by"),
    pytest.param("It is the the largest port.", "It is the largest port.", "debris.doubled_word.v1",
                 id="doubled-the"),
]


@pytest.mark.parametrize(("text", "expected", "rule"), DEBRIS_CASES)
def test_debris_table(text: str, expected: str, rule: str) -> None:
    result = repair(text)
    assert result.text == expected
    assert result.repairs and all(r.kind == "debris" and r.rule == rule and r.value is None for r in result.repairs)
    for r in result.repairs:
        assert text[r.start:r.end] == r.original


@pytest.mark.parametrize("text", [
    "He said that that plan had had support.",
    "What it is is a plan.",
    "Yang Yang and Sirhan Sirhan met.",
    "中国经济增长5.2%。出口增长（同比）0.5%。",
    "See [Reuters] and [1] and (a) list.",
    "one one hundred fifth and twenty twenty",
])
def test_debris_keeps_legitimate_text(text: str) -> None:
    result = repair(text)
    assert result.text == text and result.repairs == []


def test_cjk_punct_and_fragment_interact() -> None:
    text = "Germany took 31 percent of the total8%。Then prices fell."
    result = repair(text)
    assert result.text == "Germany took 31.8% of the total. Then prices fell."
    assert [r.kind for r in result.repairs] == ["number", "debris"]
