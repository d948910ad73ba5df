"""Rule tables for the split-decimal repair (cases written for these tests, not the seed sentences)."""

from __future__ import annotations

import pytest

from extractor.repair import DEFAULT_MIN_CONFIDENCE, repair

# (garbled input, expected repaired text, expected values of the number repairs in order)
CASES = [
    pytest.param(
        "Vietnam took 23 percent of the region's rice shipments4%. Later, prices eased.",
        "Vietnam took 23.4% of the region's rice shipments. Later, prices eased.",
        [23.4], id="percent-word-integer-glued-to-noun",
    ),
    pytest.param(
        "Sales grew 11% on the year, the trade body reported25%, and margins held.",
        "Sales grew 11.25% on the year, the trade body reported, and margins held.",
        [11.25], id="percent-sign-integer-two-fraction-digits",
    ),
    pytest.param(
        "Output rose 6 percent9%, the bureau said.",
        "Output rose 6.9%, the bureau said.",
        [6.9], id="fragment-glued-to-invented-unit",
    ),
    pytest.param(
        "Imports climbed 15 percent and exports slid 2 percent in July3%6%, customs said.",
        "Imports climbed 15.3% and exports slid 2.6% in July, customs said.",
        [15.3, 2.6], id="stacked-percent-fragments-pair-in-order",
    ),
    pytest.param(
        "The deficit shrank from 52 in March$600 million fell to 8$100 million.",
        "The deficit shrank from $5.26 billion in March fell to $810 million.",
        [5_260_000_000.0, 810_000_000.0], id="yi-dollars-bare-integers",
    ),
    pytest.param(
        "Investment reached 6$2.5 billion in the quarter.",
        "Investment reached $625 million in the quarter.",
        [625_000_000.0], id="yi-fragment-with-its-own-decimal",
    ),
    pytest.param(
        "Deposits were 31 trillion yuan at the end of June, compared with a year earlier72 trillion yuan.",
        "Deposits were 31.72 trillion yuan at the end of June, compared with a year earlier.",
        [31_720_000_000_000.0], id="wanyi-repeated-unit",
    ),
    pytest.param(
        "Credit totaled 4 in the period12 trillion yuan, the bank said.",
        "Credit totaled 4.12 trillion yuan in the period, the bank said.",
        [4_120_000_000_000.0], id="wanyi-bare-integer",
    ),
    pytest.param(
        "Harvest reached 8 in the province30,000 tons this autumn.",
        "Harvest reached 83,000 tons in the province this autumn.",
        [83_000.0], id="wan-quantity",
    ),
    pytest.param(
        "The fund lent 12 to local firms500 million yuan last year.",
        "The fund lent 1.25 billion yuan to local firms last year.",
        [1_250_000_000.0], id="yi-yuan-suffix",
    ),
    pytest.param(
        "Shares closed at 4 on Monday$35, brokers said.",
        "Shares closed at $4.35 on Monday, brokers said.",
        [4.35], id="literal-cents",
    ),
    pytest.param(
        "Tourism revenue hit 3 from overseas visitorsRMB 700 million in May.",
        "Tourism revenue hit RMB 370 million from overseas visitors in May.",
        [370_000_000.0], id="yi-letter-prefix-glued-to-word",
    ),
    pytest.param(
        "Wind capacity added this year was 52 GW, up 6% on the same period a year before74GW. Grid use grew.",
        "Wind capacity added this year was 52.74 GW, up 6% on the same period a year before. Grid use grew.",
        [52.74], id="energy-unit-glued-to-its-digits",
    ),
    pytest.param(
        "Revenue rose 14 percent compared with 20227%, the airline said.",
        "Revenue rose 14.7% compared with 2022, the airline said.",
        [14.7], id="percent-fragment-glued-to-a-year",
    ),
]


@pytest.mark.parametrize(("garbled", "expected", "values"), CASES)
def test_split_decimal_table(garbled: str, expected: str, values: list[float]) -> None:
    result = repair(garbled)
    numbers = [r for r in result.repairs if r.kind == "number"]
    assert result.text == expected
    assert [r.value for r in numbers] == pytest.approx(values)
    for r in numbers:
        assert r.confidence >= DEFAULT_MIN_CONFIDENCE
        assert r.rule.startswith("split_decimal.")
        assert garbled[r.start:r.end] == r.original


def test_repair_records_two_spans_integer_then_fragment() -> None:
    garbled = "Exports rose 9 percent in August, officials said4%."
    (rep,) = [r for r in repair(garbled).repairs if r.kind == "number"]
    first, second = rep.spans
    assert garbled[first.start:first.end] == "9 percent" and first.replacement == "9.4%"
    assert garbled[second.start:second.end] == "4%" and second.replacement == ""
    assert rep.repaired == "9.4%" and rep.unit == "%" and rep.rule == "split_decimal.percent.v1"


def test_yi_rule_name_and_unit() -> None:
    rep = repair("Aid rose from 17 in April$200 million.").repairs[0]
    assert rep.rule == "split_decimal.yi.v1" and rep.unit == "USD" and rep.repaired == "$1.72 billion"


def test_ambiguous_integer_part_is_only_a_suspect() -> None:
    garbled = "Steel output fell 12% in March but rose 4 in April from a year earlier5%."
    result = repair(garbled)
    assert result.text == garbled
    assert [s.suggestion for s in result.suspects] == ["12.5%"]
    assert result.suspects[0].confidence < DEFAULT_MIN_CONFIDENCE


def test_orphan_fragment_is_a_suspect_not_a_repair() -> None:
    garbled = "The agency said the outlook improved8% in the report."
    result = repair(garbled)
    assert result.text == garbled and not result.repairs
    assert [s.rule for s in result.suspects] == ["split_decimal.orphan.v1"]


def test_min_confidence_turns_repairs_into_suspects() -> None:
    garbled = "Profit rose from 39 in June$400 million to 7$300 million."
    result = repair(garbled, min_confidence=0.99)
    assert result.text == garbled
    assert sorted(s.suggestion for s in result.suspects) == ["$3.94 billion", "$730 million"]


# Clean text with legitimate glued tokens: byte-identical, no repairs, no suspects.
DECOYS = [
    "The Kirin 9000S and the A100 chip were discussed at the G20 summit.",
    "SARS-CoV-2 and COVID-19 cases were tracked in 2023.",
    "A Boeing 737 flew while Windows 11 updates shipped under Article 232 rules.",
    "H20 exports stopped; PM2.5 readings fell and F-35 jets landed.",
    "The chip uses a 4nm process and sold 3 million units in 2024.",
    "Growth of 5%-6% is targeted, after 5.2% last year.",
    "The group raised US$5 billion and HK$3 billion; a S$2 bond followed.",
    "Results for 3Q24 and 1H2024 were strong; it ranked No.1 for the 3rd year.",
    "Section301 tariffs remain, said the 2nd report on May 3.",
    "Growth in 2019-2021 averaged 6%, and the top10% of firms gained.",
    "Prices went to C$16.4 million and NT$1,200 in 2021.",
    "He said that that plan, which had had support, was new.",
    "See https://example.com/q?x=30%25%2020% and mail a.b@example.org for 2.5% data.",
    "Exports rose 7.8% to $55.8 billion, and the deficit fell from $3.94 billion to $730 million.",
    "中国经济增长5.2%。出口增长（同比）0.5%。",
    "The **Beijing** bureau and the [Reuters] desk cited [1].",
    "usd$ 15 and Mex$ 10 million and nzd$15 are currency codes.",
    "Deposits stood at 27.41 trillion yuan, and 56,000 tons were shipped.",
    "On December 1, 9 of the 12 provinces reported 3 times more orders.",
    "The iPhone15 and Mate60 sold 600,000 units in Q3 of FY2023.",
    "Solar output reached 88GW and the 2023 target of 12% was met in 20235 trials.",
]


@pytest.mark.parametrize("text", DECOYS)
def test_decoys_are_byte_identical(text: str) -> None:
    result = repair(text)
    assert result.text == text
    assert result.repairs == [] and result.suspects == []
