"""Rule tables for three split-decimal forms (sentences written for these tests).

- Chinese scale words translated word for word and repeated on the fragment
  ("356 ten thousand tons ... a year earlier8 ten thousand tons" = 356.8 wan tons);
- an integer part already converted to English scale words, its yi/wan fraction glued after it
  ("912.7 billion yuan300 million yuan" = 9127.3 yi yuan = 912.73 billion yuan);
- a currency prefix whose letters end the word the fragment is glued to ("from Canada$700 million":
  not Australian or Canadian dollars, the fragment is "$700 million").
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.repair import DEFAULT_MIN_CONFIDENCE, repair
from extractor.repair.numbers import scaled

# (garbled input, expected repaired text, expected values of the number repairs in order)
CASES = [
    # Chinese scale words repeated on the fragment
    pytest.param(
        "Grain purchases reached 356 ten thousand tons by October, exceeding the total a year earlier8 ten thousand tons.",
        "Grain purchases reached 356.8 ten thousand tons by October, exceeding the total a year earlier.",
        [3_568_000.0], id="ten-thousand-repeated-after-clause",
    ),
    pytest.param(
        "The port moved 87 ten thousand TEUs in the quarter, more than planned two years before2 ten thousand TEUs.",
        "The port moved 87.2 ten thousand TEUs in the quarter, more than planned two years before.",
        [872_000.0], id="ten-thousand-teus",
    ),
    pytest.param(
        "Sales of hybrid cars reached 64 ten thousand vehicles in 2023, up 41 percent from the year before5 ten thousand vehicles2%.",
        "Sales of hybrid cars reached 64.5 ten thousand vehicles in 2023, up 41.2% from the year before.",
        [645_000.0, 41.2], id="ten-thousand-stacked-with-percent",
    ),
    pytest.param(
        "Rail trips totaled 18 hundred million passengers last year, against the same period a year earlier6 hundred million passengers.",
        "Rail trips totaled 18.6 hundred million passengers last year, against the same period a year earlier.",
        [1_860_000_000.0], id="hundred-million-repeated",
    ),
    pytest.param(
        "Harvest reached 8 in the province3 ten thousand tons this autumn.",
        "Harvest reached 83,000 tons in the province this autumn.",
        [83_000.0], id="bare-integer-ten-thousand-fragment-drops-both-scale-words",
    ),
    # integer part already converted to English scale words
    pytest.param(
        "Bilateral trade was 912.7 billion yuan300 million yuan in the first half.",
        "Bilateral trade was 912.73 billion yuan in the first half.",
        [912_730_000_000.0], id="converted-yi-yuan-glued",
    ),
    pytest.param(
        "Exports to Africa reached $48.6 billion$700 million, customs said.",
        "Exports to Africa reached $48.67 billion, customs said.",
        [48_670_000_000.0], id="converted-yi-dollar-prefix",
    ),
    pytest.param(
        "Outbound investment hit $73 billion in the period$600 million.",
        "Outbound investment hit $73.06 billion in the period.",
        [73_060_000_000.0], id="converted-yi-whole-billions-with-phrase",
    ),
    pytest.param(
        "Deposits grew to 2.4315 trillion yuan200 million yuan by June.",
        "Deposits grew to 2.43152 trillion yuan by June.",
        [2_431_520_000_000.0], id="converted-yi-in-trillions",
    ),
    pytest.param(
        "Steel output reached 1.2 million tons in the quarter30,000 tons.",
        "Steel output reached 1.203 million tons in the quarter.",
        [1_203_000.0], id="converted-wan-quantity",
    ),
    pytest.param(
        "Trade was 215.3 billion yuan800 million yuan, up 6 percent on the year4%, and imports were 98.1 billion yuan500 million yuan.",
        "Trade was 215.38 billion yuan, up 6.4% on the year, and imports were 98.15 billion yuan.",
        [215_380_000_000.0, 6.4, 98_150_000_000.0], id="converted-yi-twice-with-percent-between",
    ),
    # currency prefix letters that end the glued word
    pytest.param(
        "Vietnam bought 623 from Canada$700 million of grain.",
        "Vietnam bought $62.37 billion from Canada of grain.",
        [62_370_000_000.0], id="a-dollar-is-the-end-of-canada",
    ),
    pytest.param(
        "Thailand imported 38 from Laos$200 million worth of power.",
        "Thailand imported $3.82 billion from Laos worth of power.",
        [3_820_000_000.0], id="s-dollar-is-the-end-of-laos",
    ),
    pytest.param(
        "Arrivals earned 7 from Malaysia$500 million, and exports rose 3 percent on the year1%.",
        "Arrivals earned $750 million from Malaysia, and exports rose 3.1% on the year.",
        [750_000_000.0, 3.1], id="a-dollar-is-the-end-of-malaysia-under-a-billion",
    ),
]


@pytest.mark.parametrize(("garbled", "expected", "values"), CASES)
def test_forms_table(garbled: str, expected: str, values: list[float]) -> None:
    result = repair(garbled)
    numbers = [r for r in result.repairs if r.kind == "number"]
    assert result.text == expected
    assert [r.value for r in numbers] == pytest.approx(values)
    for r in numbers:
        assert r.confidence >= DEFAULT_MIN_CONFIDENCE
        assert garbled[r.start:r.end] == r.original


def test_converted_rule_name_unit_and_spans() -> None:
    garbled = "Imports were 183.1 billion yuan400 million yuan."
    (rep,) = repair(garbled).repairs
    assert rep.rule == "split_decimal.converted_yi.v1" and rep.unit == "CNY" and rep.repaired == "183.14 billion yuan"
    first, second = rep.spans
    assert garbled[first.start:first.end] == "183.1 billion yuan" and garbled[second.start:second.end] == "400 million yuan"


# Garbled-looking but not repairable as a converted amount: left alone, the fragment only suspected.
NOT_CONVERTED = [
    pytest.param("Exports were $73 billion in the 3 months to June$600 million.", id="a-number-between-blocks-the-pairing"),
    pytest.param("Exports were $1.2 billion$5 billion.", id="fraction-ending-in-zero-is-never-written"),
    pytest.param("Imports were 731.5 billion yuan$600 million.", id="currencies-disagree"),
    pytest.param("Exports were $73 billion, the report said$600 million.", id="a-clause-break-blocks-the-pairing"),
    pytest.param("The fund bought A$500 million of bonds from Australia$200 million.", id="aud-part-usd-fragment"),
]


@pytest.mark.parametrize("garbled", NOT_CONVERTED)
def test_not_converted(garbled: str) -> None:
    result = repair(garbled)
    assert result.text == garbled and result.repairs == []
    assert {s.rule for s in result.suspects} == {"split_decimal.orphan.v1"}


# Clean text near the new forms: byte-identical, no repairs, no suspects.
DECOYS = [
    "The yard delivered 120 ten thousand-ton ships and 3 ten thousand-ton tankers.",
    "Exports of 731.5 billion yuan, 600 million yuan of which went to ASEAN, rose again.",
    "Vietnam imported 911 from China, $500 million from Japan and little else.",
    "Output hit 104 ten thousand tons, and 5 ten thousand tons more are planned.",
    "Trade reached $73 billion, with $600 million in services.",
    "Canberra pledged A$500 million, Ottawa C$300 million and Singapore S$2 billion.",
    "Reserves stood at 3.2 trillion dollars and 45 hundred million yuan in 2023.",
    "Sales rose to 1.2 million tons from 30,000 tons a decade ago.",
    "The deal was worth $48.6 billion in all; $700 million was paid upfront.",
    "Funds from the US$300 million program and a HK$5 billion loan arrived.",
]


@pytest.mark.parametrize("text", DECOYS)
def test_decoys_are_byte_identical(text: str) -> None:
    result = repair(text)
    assert result.text == text
    assert result.repairs == [] and result.suspects == []


# Property tests: a value cut and rendered the way the translator does comes back exactly.
SUBJECTS = st.sampled_from(["Trade", "Exports to Mexico", "Imports of crude", "Investment", "Revenue"])
VERBS = st.sampled_from(["was", "reached", "totaled", "hit"])
PHRASES = st.sampled_from(["", " in the period", " last year", " in the first half", " from Mexico"])
UNITS = st.sampled_from(["tons", "vehicles", "tourists", "TEUs"])
GLUE_CLAUSES = st.sampled_from([", up from a year earlier", ", more than the year before",
                                 ", compared with the same period last year"])
COUNTRIES = st.sampled_from(["China", "Canada", "Laos", "Malaysia", "Australia", "Chile"])


def _money(value: Decimal, dollars: bool) -> str:
    mantissa, scale = scaled(value)
    return f"${mantissa} {scale}" if dollars else f"{mantissa} {scale} yuan"


@st.composite
def converted_amounts(draw: st.DrawFn) -> tuple[str, str, float]:
    """(garbled, clean, value): a yi amount of 10 yi or more, integer part converted, fraction glued."""
    whole = draw(st.integers(10, 99_999))
    frac = draw(st.integers(1, 9))
    dollars = draw(st.booleans())
    value = (Decimal(whole) + Decimal(frac) / 10) * 10**8
    head = f"{draw(SUBJECTS)} {draw(VERBS)} "
    phrase = draw(PHRASES)
    garbled = f"{head}{_money(Decimal(whole) * 10**8, dollars)}{phrase}{_money(Decimal(frac) * 10**8, dollars)}, officials said."
    clean = f"{head}{_money(value, dollars)}{phrase}, officials said."
    return garbled, clean, float(value)


@st.composite
def scale_word_quantities(draw: st.DrawFn) -> tuple[str, str, float]:
    """(garbled, clean, value): "N ten thousand <unit>" with its fraction repeated after a clause."""
    whole = draw(st.integers(1, 9_999))
    frac = draw(st.integers(1, 9))
    unit = draw(UNITS)
    clause = draw(GLUE_CLAUSES)
    garbled = f"Shipments reached {whole} ten thousand {unit}{clause}{frac} ten thousand {unit}."
    clean = f"Shipments reached {whole}.{frac} ten thousand {unit}{clause}."
    return garbled, clean, (whole + frac / 10) * 10_000


@st.composite
def word_tail_prefixes(draw: st.DrawFn) -> tuple[str, str, float]:
    """(garbled, clean, value): a bare yi integer, then "from <country>$N00 million"."""
    whole = draw(st.integers(1, 999))
    frac = draw(st.integers(1, 9))
    country = draw(COUNTRIES)
    value = (Decimal(whole) + Decimal(frac) / 10) * 10**8
    mantissa, scale = scaled(value)
    garbled = f"Vietnam imported {whole} from {country}${frac}00 million of goods."
    clean = f"Vietnam imported ${mantissa} {scale} from {country} of goods."
    return garbled, clean, float(value)


@settings(max_examples=150, deadline=None)
@given(st.one_of(converted_amounts(), scale_word_quantities(), word_tail_prefixes()))
def test_cut_amounts_come_back(case: tuple[str, str, float]) -> None:
    garbled, clean, value = case
    result = repair(garbled)
    numbers = [r for r in result.repairs if r.kind == "number"]
    assert [r.value for r in numbers] == pytest.approx([value], rel=1e-12), garbled
    assert result.text == clean
    untouched = repair(clean)
    assert untouched.text == clean and untouched.repairs == [] and untouched.suspects == []
