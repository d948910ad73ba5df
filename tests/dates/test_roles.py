"""Role classification: the period a number describes, its comparison base, or a single point in time."""

from __future__ import annotations

import pytest

from extractor.dates import find_time_expressions

from .helpers import d, expr_with, period

DEC4 = d("2023-12-04")


@pytest.mark.parametrize(
    ("text", "surface", "role"),
    [
        ("Exports rose 5% in November from October.", "November", "period"),
        ("Exports rose 5% in November from October.", "October", "baseline"),
        ("Output was 3% higher than in 2021.", "2021", "baseline"),
        ("Output rose 3% compared with 2022.", "2022", "baseline"),
        ("Trade grew 0.2% over 2022.", "2022", "baseline"),
        ("Output rose 3% compared to last year.", "last year", "baseline"),
        ("Imports rose 4% year on year.", "year on year", "baseline"),
        ("Imports rose 4% year-on-year.", "year-on-year", "baseline"),
        ("Imports rose 4% y/y.", "y/y", "baseline"),
        ("Imports rose 4% month on month.", "month on month", "baseline"),
        ("GDP rose 1% quarter-on-quarter.", "quarter-on-quarter", "baseline"),
        ("Sales fell 2% from a year earlier.", "a year earlier", "baseline"),
        ("Sales fell 2% compared with the same period last year.", "the same period last year", "baseline"),
        ("A year earlier, sales had risen.", "A year earlier", "period"),
        ("In the previous year, sales had risen 4%.", "the previous year", "period"),
        ("The ban takes effect on December 1.", "December 1", "point"),
        ("The ban applies from March 1.", "March 1", "point"),
        ("Tariffs are effective January 1, 2024.", "January 1, 2024", "point"),
        ("Tariffs will apply from January.", "January", "point"),
        ("The rate stays until the 15th.", "the 15th", "point"),
        ("Reserves stood at $3 trillion at the end of November.", "the end of November", "point"),
        ("Sales in the first half rose 4%.", "the first half", "period"),
        ("Exports were $5 billion last month.", "last month", "period"),
        ("Prices were above last week's level.", "last week's", "period"),
    ],
)
def test_role(text, surface, role) -> None:
    assert expr_with(text, DEC4, surface).role == role


@pytest.mark.parametrize(
    ("text", "surface", "start", "end", "granularity"),
    [
        ("Exports in November rose 7% year on year.", "year on year", "2022-11-01", "2022-11-30", "month"),
        ("Exports rose 7% year on year in November.", "year on year", "2022-11-01", "2022-11-30", "month"),
        ("Exports in November were up 7% from the same month last year.", "the same month last year", "2022-11-01", "2022-11-30", "month"),
        ("Exports in November rose 2% month on month.", "month on month", "2023-10-01", "2023-10-31", "month"),
        ("Exports in January rose 2% from the previous month.", "the previous month", "2022-12-01", "2022-12-31", "month"),
        ("GDP grew 1.1% in the third quarter from the previous quarter.", "the previous quarter", "2023-04-01", "2023-06-30", "quarter"),
        ("GDP grew 1.1% in Q1 quarter on quarter.", "quarter on quarter", "2022-10-01", "2022-12-31", "quarter"),
        ("Sales in the first nine months of this year rose 4% from a year earlier.", "a year earlier", "2022-01-01", "2022-09-30", "ytd"),
        ("Profit in the third quarter of 2023 doubled from the same quarter of 2021.", "the same quarter of 2021", "2021-07-01", "2021-09-30", "quarter"),
        ("Sales so far this year rose 3% year on year.", "year on year", "2022-01-01", "2022-12-04", "ytd"),
        ("In 2020 output rose 2% from the previous year.", "the previous year", "2019-01-01", "2019-12-31", "year"),
    ],
)
def test_baseline_resolves_against_the_sentence_period(text, surface, start, end, granularity) -> None:
    e = expr_with(text, DEC4, surface)
    assert (e.role, e.period, e.granularity, e.resolved) == ("baseline", period(start, end), granularity, True)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Imports rose 4% year on year.", "year on year"),
        ("Sales fell 2% from a year earlier.", "a year earlier"),
        ("Prices rose 1% month on month in 2023.", "month on month"),  # a year is no base for month on month
    ],
)
def test_baseline_without_a_period_in_its_sentence_is_unresolved(text, surface) -> None:
    e = expr_with(text, DEC4, surface)
    assert (e.role, e.period, e.resolved) == ("baseline", None, False)


def test_baseline_does_not_borrow_a_period_from_another_sentence() -> None:
    text = "Exports rose in November. Imports rose 4% year on year."
    e = expr_with(text, DEC4, "year on year")
    assert e.period is None


def test_baseline_unresolved_when_its_period_needs_a_published_date() -> None:
    found = find_time_expressions("Exports in November rose 7% year on year.", None)
    assert [(e.text, e.resolved) for e in found] == [("November", False), ("year on year", False)]
