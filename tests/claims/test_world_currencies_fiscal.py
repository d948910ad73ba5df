"""Currencies and number units beyond East Asia, ranges whose low end is bare, and fiscal years stated by their
start or end month or read from the currency of the sentence (issue #5, fourth blind round). Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from extractor.claims.numbers import find_numbers
from extractor.dates import find_time_expressions
from tests.claims.test_period_direction_table import period_span


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


# --------------------------------------------------------------------------- market moves dated by their day

MOVE_PUBLISHED = "2024-11-15"  # a Friday
THU = ("2024-11-14", "2024-11-14")
FRI = ("2024-11-15", "2024-11-15")


@pytest.mark.parametrize(
    ("text", "value", "period"),
    [
        # the level a move reached stands between the move and its day: both take the day
        ("Brent crude climbed 1.9% to $74.10 a barrel on Thursday.", 1.9, THU),
        ("Brent crude climbed 1.9% to $74.10 a barrel on Thursday.", 74.10, THU),
        ("The 10-year yield fell 0.3 percentage point to 4.1% on Thursday.", 0.3, THU),
        ("The 10-year yield fell 0.3 percentage point to 4.1% on Thursday.", 4.1, THU),
        # a day that closes an introductory phrase dates every move of the sentence
        ("In Mumbai on Thursday, shares of Infosys slid 2.2% and Wipro lost 1.4%.", 2.2, THU),
        ("In Mumbai on Thursday, shares of Infosys slid 2.2% and Wipro lost 1.4%.", 1.4, THU),
        # later items of a list of moves take the first one's day
        ("Hyundai shares rose 4.5% on Friday, Kia gained 3.2% and LG Energy added 1.1%.", 3.2, FRI),
        ("Hyundai shares rose 4.5% on Friday, Kia gained 3.2% and LG Energy added 1.1%.", 1.1, FRI),
        # not a reported figure of another kind after a say-verb
        ("Exports rose 4% in October, the ministry said on Thursday.", 4.0, ("2024-10-01", "2024-10-31")),
    ],
)
def test_move_days(text: str, value: float, period: tuple[str, str] | None) -> None:
    from extractor import extract_text
    from extractor.settings import Settings

    claims = [c for c in extract_text(text, MOVE_PUBLISHED, settings=Settings(kb=None)).claims if c.kind in {"figure", "percentage"}]
    match = [c for c in claims if abs(c.value - value) < 1e-9]
    assert match, claims
    got = period_span(match[0])
    assert got == period


@pytest.mark.parametrize(
    ("text", "value", "direction"),
    [
        # the verb a "by X" amount hangs on gives the way, not a growth noun that is its object
        ("Higher tariffs could lower Chile's economic growth by 0.3 to 0.4 percentage points.", 0.3, "down"),
        ("Higher tariffs could lower Chile's economic growth by 0.3 to 0.4 percentage points.", 0.4, "down"),
        ("The drought may reduce farm output growth by 1.5 percentage points.", 1.5, "down"),
        ("The stimulus will boost growth by 0.6 percentage point.", 0.6, "up"),
        ("The bank raised its growth forecast by 0.2 percentage point.", 0.2, "up"),
    ],
)
def test_by_verb_direction(text: str, value: float, direction: str) -> None:
    from extractor import extract_text
    from extractor.settings import Settings

    claims = [c for c in extract_text(text, MOVE_PUBLISHED, settings=Settings(kb=None)).claims if c.kind == "percentage"]
    match = [c for c in claims if abs(c.value - value) < 1e-9]
    assert match and match[0].direction == direction, claims
