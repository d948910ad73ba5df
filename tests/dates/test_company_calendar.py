"""Parts of a year given by their last day, company fiscal quarters placed on that calendar, "the quarter"
and "for the full year" standing for the period mentioned before them, and baselines' shifts."""

from __future__ import annotations

import pytest

from extractor.dates import find_time_expressions

from .helpers import d, expr_with, period


@pytest.mark.parametrize(
    ("text", "published", "surface", "expected"),
    [
        # a day that is not a month end: a 13-week quarter of a 52/53-week fiscal calendar
        ("Revenue in the fiscal second quarter ended July 27 rose 56%.", "2025-08-27",
         "the fiscal second quarter ended July 27", period("2025-04-28", "2025-07-27")),
        ("Nvidia forecast revenue for its fiscal third quarter ending Oct. 26.", "2025-08-27",
         "fiscal third quarter ending Oct. 26", period("2025-07-28", "2025-10-26")),
        # a month end: whole calendar months
        ("Profit in the quarter ended Sept. 30 fell 3%.", "2024-10-20", "the quarter ended Sept. 30", period("2024-07-01", "2024-09-30")),
        ("Sales in the three months ended June 30, 2023 rose.", "2024-01-05",
         "the three months ended June 30, 2023", period("2023-04-01", "2023-06-30")),
        ("Sales in the six months ending Dec. 28 rose.", "2025-01-30", "the six months ending Dec. 28", period("2024-06-30", "2024-12-28")),
    ],
)
def test_part_ending_on_a_day(text: str, published: str, surface: str, expected) -> None:
    assert expr_with(text, d(published), surface).period == expected


NVIDIA_LIKE = (
    "Revenue in the fiscal second quarter ended July 27 rose 56%. The company sold no chips in China during the quarter. "
    "It expects a margin of 73.5% in the current quarter. In the first quarter, it took a $4.5 billion charge. "
    "\"We have not included H20 in our Q3 outlook,\" the CFO said, adding it could ship $2 billion in the quarter."
)


@pytest.mark.parametrize(
    ("surface", "expected", "occurrence"),
    [
        ("the quarter", period("2025-04-28", "2025-07-27"), 0),  # the quarter mentioned last: the reported one
        ("the current quarter", period("2025-07-28", "2025-10-26"), 0),  # the fiscal quarter holding the published day
        ("the first quarter", period("2025-01-27", "2025-04-27"), 0),  # 13 weeks before the anchor's quarter
        ("Q3", period("2025-07-28", "2025-10-26"), 0),
        ("the quarter", period("2025-07-28", "2025-10-26"), 1),  # after "Q3": that quarter
    ],
)
def test_yearless_quarters_follow_the_company_calendar(surface: str, expected, occurrence: int) -> None:
    found = [e for e in find_time_expressions(NVIDIA_LIKE, d("2025-08-27")) if e.text == surface]
    assert found[occurrence].period == expected


def test_without_an_anchor_quarters_stay_calendar_quarters() -> None:
    text = "In the first quarter, the company took a $4.5 billion charge."
    assert expr_with(text, d("2025-08-27"), "the first quarter").period == period("2025-01-01", "2025-03-31")


@pytest.mark.parametrize(
    ("text", "published", "surface", "expected"),
    [
        ("In December alone, exports fell 14%. For the full year, exports rose 6%.", "2023-01-04", "the full year",
         period("2022-01-01", "2022-12-31")),
        ("In December, exports fell 14%. Exports to the mainland fell 3.5 percent for the year.", "2020-01-24", "the year",
         period("2019-01-01", "2019-12-31")),
        ("In the first nine months of 2023, revenue rose. Full-year profit is expected to grow.", "2023-10-27", "Full-year",
         period("2023-01-01", "2023-12-31")),
        ("Exports rose 8% in May. Imports fell during the month.", "2024-06-15", "the month", period("2024-05-01", "2024-05-31")),
    ],
)
def test_anaphoric_periods(text: str, published: str, surface: str, expected) -> None:
    assert expr_with(text, d(published), surface).period == expected


@pytest.mark.parametrize(
    "text",
    [
        "For the year, exports rose 6%.",  # nothing before it to stand for
        "Exports rose 6% compared with the year before.",  # a baseline, another rule
        "In the month of May exports rose.",  # "the month of May" names the month itself
    ],
)
def test_no_anaphor_without_an_antecedent_or_in_other_phrases(text: str) -> None:
    assert all(e.rule != "anaphor.part" for e in find_time_expressions(text, d("2024-06-15")))


@pytest.mark.parametrize(
    ("text", "surface", "shift"),
    [
        ("Retail sales in May rose 5.5% from a year earlier.", "a year earlier", -12),
        ("Output in May rose 3% from the previous month.", "the previous month", -1),
        ("Retail sales in May rose 5.5% year on year.", "year on year", -12),
    ],
)
def test_baselines_carry_their_shift(text: str, surface: str, shift: int) -> None:
    e = expr_with(text, d("2024-06-15"), surface)
    assert e.role == "baseline" and e.shift_months == shift
