"""Currencies and number units beyond East Asia, ranges whose low end is bare, and fiscal years stated by their
start or end month or read from the currency of the sentence (issue #5, fourth blind round). Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from extractor.claims.numbers import find_numbers
from extractor.dates import find_time_expressions


def found(text: str) -> list[tuple]:
    return [(n.text, n.value, n.unit, n.qualifier) for n in find_numbers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Uganda's budget is 72 trillion Ugandan shillings.", [("72 trillion Ugandan shillings", 72e12, "UGX", None)]),
        ("The levy would raise 12 billion shillings.", [("12 billion shillings", 12e9, "KES", None)]),
        ("Farmers were paid KSh 5,000 a bag.", [("KSh 5,000", 5000.0, "KES", None)]),
        ("Mining royalties came to 9.1 billion rand.", [("9.1 billion rand", 9.1e9, "ZAR", None)]),
        ("A kilo of rice costs 65 taka in Dhaka.", [("65 taka", 65.0, "BDT", None)]),
        ("The fund holds 400 billion tenge.", [("400 billion tenge", 400e9, "KZT", None)]),
        ("Remittances reached 2.3 trillion naira.", [("2.3 trillion naira", 2.3e12, "NGN", None)]),
        ("The lira slid to 34.2 lira per dollar.", [("34.2 lira", 34.2, "TRY", None)]),
        ("Exports earned 18 billion Argentine pesos.", [("18 billion Argentine pesos", 18e9, "ARS", None)]),
        # South Asian units: a lakh is 100,000, a crore 10 million, a lakh crore a trillion
        ("The scheme costs Rs 45,000 crore.", [("Rs 45,000 crore", 45e10, "INR", None)]),
        ("Banks wrote off 2.1 lakh crore rupees.", [("2.1 lakh crore rupees", 2.1e12, "INR", None)]),
        ("Each family gets Rs 2 lakh.", [("Rs 2 lakh", 2e5, "INR", None)]),
        # a bare low end takes the high end's unit after "by" and after "ranging from"
        ("Bread may get dearer by 3 to 4 pesos a loaf.", [("3", 3.0, "PHP", "range_low"), ("4 pesos", 4.0, "PHP", "range_high")]),
        ("Growth may slow by 0.2 to 0.3 percentage points.",
         [("0.2", 0.2, "%", "range_low"), ("0.3 percentage points", 0.3, "%", "range_high")]),
        ("Bids ranged from 40,000 to 55,000 dong per kilo.",
         [("40,000", 40000.0, "VND", "range_low"), ("55,000 dong", 55000.0, "VND", "range_high")]),
        ("Yields varied from 3 to 5 tons per hectare.",
         [("3", 3e0, "ton", "range_low"), ("5 tons", 5.0, "ton", "range_high")]),
        # a change between two levels stays two numbers
        ("Output rose from 3 million tons to 4 million tons.", [("3 million tons", 3e6, "ton", None), ("4 million tons", 4e6, "ton", None)]),
        # hyphenated compounds
        ("Analysts expect a 50-basis-point hike.", [("50-basis-point", 0.5, "%", None)]),
        ("It widened by a 1.5-percentage-point margin.", [("1.5-percentage-point", 1.5, "%", None)]),
        ("The 25-percent tariff stays.", [("25-percent", 25.0, "%", None)]),
    ],
)
def test_numbers_table(text: str, expected: list[tuple]) -> None:
    assert found(text) == expected


def _period(text: str, published: str, surface: str) -> tuple[str, str] | None:
    for e in find_time_expressions(text, date.fromisoformat(published)):
        if e.text == surface:
            return (e.period[0].isoformat(), e.period[1].isoformat()) if e.period else None
    raise AssertionError(f"{surface!r} not found in {[e.text for e in find_time_expressions(text, date.fromisoformat(published))]}")


@pytest.mark.parametrize(
    ("text", "published", "surface", "expected"),
    [
        # a start month stated with the fiscal year
        ("Parliament passed the budget for the fiscal year starting July 1.", "2023-06-20", "the fiscal year starting July 1",
         ("2023-07-01", "2024-06-30")),
        ("Spending in the fiscal year that began in October rose.", "2024-02-03", "the fiscal year that began in October",
         ("2023-10-01", "2024-09-30")),
        ("The financial year beginning April 2025 will see new taxes.", "2025-01-09", "The financial year beginning April 2025",
         ("2025-04-01", "2026-03-31")),
        # a fiscal year ending in the publication month
        ("The deficit hit 6% in the fiscal year ending this month.", "2023-06-14", "the fiscal year ending this month",
         ("2022-07-01", "2023-06-30")),
        # the first months of a fiscal year, from its stated start
        ("Tax receipts in the first eight months of the fiscal year that began in July rose.", "2024-03-20",
         "the first eight months of the fiscal year that began in July", ("2023-07-01", "2024-02-29")),
        # an article that states its fiscal year's start month: a split year elsewhere in it follows that month
        ("The fiscal year ends in June. Uganda expects revenue to rise in 2025/26.", "2025-05-02", "2025/26",
         ("2025-07-01", "2026-06-30")),
        # July-June countries
        ("Pakistan's fiscal deficit in 2022-23 was 7.7%.", "2023-08-01", "2022-23", ("2022-07-01", "2023-06-30")),
        ("Kenya's budget for 2023/24 was tabled.", "2023-06-15", "2023/24", ("2023-07-01", "2024-06-30")),
        # the currency of the sentence names whose accounts a fiscal year is, over a country named nearer
        ("New Zealand sold NZ$2 billion of dairy to India in the 2022-23 fiscal year.", "2023-09-01", "the 2022-23 fiscal year",
         ("2022-07-01", "2023-06-30")),
        ("India bought 900 crore rupees of wool from Australia in the 2022-23 fiscal year.", "2023-09-01",
         "the 2022-23 fiscal year", ("2022-04-01", "2023-03-31")),
    ],
)
def test_fiscal_table(text: str, published: str, surface: str, expected: tuple[str, str]) -> None:
    assert _period(text, published, surface) == expected
