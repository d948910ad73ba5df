"""Rule table for glued wan amounts ("4510,000 vehicles"): written for these tests, not copied from the corpus."""

from __future__ import annotations

from decimal import Decimal

import pytest

from extractor.repair import repair
from extractor.repair.glued_wan import readings

# (garbled input, expected repaired text, expected values of the glued_wan repairs in order)
CASES = [
    pytest.param(
        "Deliveries of the brand in Europe dropped from 61,000 units to 4720,000 units in the quarter.",
        "Deliveries of the brand in Europe dropped from 61,000 units to 47,200 units in the quarter.",
        [47_200.0], id="neighbour-picks-two-fraction-digits",
    ),
    pytest.param(
        "Rail freight rose to 3280,000 tons in April from 298,000 tons a year earlier.",
        "Rail freight rose to 328,000 tons in April from 298,000 tons a year earlier.",
        [328_000.0], id="neighbour-picks-one-fraction-digit",
    ),
    pytest.param(
        "Subsidies reached 6030,000 yuan in the county this year.",
        "Subsidies reached 603,000 yuan in the county this year.",
        [603_000.0], id="only-reading-fraction-cannot-start-with-zero",
    ),
    pytest.param(
        "Visitors climbed from 1 in the spring of last year20,000 people to 1360,000 people this spring.",
        "Visitors climbed from 12,000 people in the spring of last year to 13,600 people this spring.",
        [13_600.0], id="neighbour-is-a-repaired-split-decimal",
    ),
]


@pytest.mark.parametrize("text, expected, values", CASES)
def test_glued_wan_repaired(text: str, expected: str, values: list[float]) -> None:
    res = repair(text)
    assert res.text == expected
    assert [r.value for r in res.repairs if r.rule == "split_decimal.glued_wan.v1"] == values
    for r in res.repairs:
        assert text[r.start : r.end] == r.original


# glued numbers with two readings and nothing in the sentence to choose by: suspected, not repaired
SUSPECTS = [
    pytest.param("Shipments of the model fell to 4510,000 vehicles.", "451,000 or 45,100", id="no-neighbour"),
    pytest.param("The fund held 1280,000 yuan, against 9,400,000 yuan in the reserve.", "128,000 or 12,800",
                 id="neighbour-too-far-from-both"),
    pytest.param("Exports were 2370,000 tons, and imports 51 billion dollars.", "237,000 or 23,700", id="neighbour-of-other-unit"),
]


@pytest.mark.parametrize("text, suggestion", SUSPECTS)
def test_glued_wan_suspected(text: str, suggestion: str) -> None:
    res = repair(text)
    assert res.text == text and res.repairs == []
    assert [(s.rule, s.suggestion) for s in res.suspects] == [("split_decimal.glued_wan.v1", suggestion)]


CLEAN = [
    "Sales rose to 451,000 vehicles from 390,000 a year earlier.",
    "The plant made 10,000 units in 2023, and 12,500 in 2024.",
    "Revenue was 1,280,000 yuan; the ID 4510,000X is a part number.",
    "Version 2.4510,000 of the file.",
    "Population: 1,234,567,890 people, 45,100 of them abroad.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_clean_numbers_untouched(text: str) -> None:
    res = repair(text)
    assert res.text == text
    assert not [s for s in res.suspects if s.rule == "split_decimal.glued_wan.v1"]


@pytest.mark.parametrize(
    "lead, expected",
    [("451", ["451000", "45100"]), ("405", ["405000"]), ("450", []), ("1234", ["1234000", "123400"]), ("1201", ["1201000"])],
)
def test_readings(lead: str, expected: list[str]) -> None:
    assert readings(lead) == [Decimal(e) for e in expected]
