"""Tables for every family of time expressions, with published dates across month and year boundaries."""

from __future__ import annotations

import pytest

from extractor.dates import GRANULARITIES, find_time_expressions

from .helpers import d, only, period

DEC4 = d("2023-12-04")
MAR4 = d("2023-03-04")
JAN5 = d("2024-01-05")
LEAP = d("2024-03-01")


@pytest.mark.parametrize(
    ("text", "published", "surface", "start", "end", "granularity"),
    [
        # months
        ("Exports rose in November.", DEC4, "November", "2023-11-01", "2023-11-30", "month"),
        ("Exports rose in December.", MAR4, "December", "2022-12-01", "2022-12-31", "month"),
        ("Exports rose in December.", DEC4, "December", "2023-12-01", "2023-12-31", "month"),
        ("Exports rose in January.", JAN5, "January", "2024-01-01", "2024-01-31", "month"),
        ("Exports rose in December.", JAN5, "December", "2023-12-01", "2023-12-31", "month"),
        ("February's output was flat.", LEAP, "February's", "2024-02-01", "2024-02-29", "month"),
        ("Output was flat in February.", d("2023-03-10"), "February", "2023-02-01", "2023-02-28", "month"),
        ("Sales fell last month.", JAN5, "last month", "2023-12-01", "2023-12-31", "month"),
        ("Sales fell last month.", LEAP, "last month", "2024-02-01", "2024-02-29", "month"),
        ("Sales are up this month.", DEC4, "this month", "2023-12-01", "2023-12-31", "month"),
        ("Sales will rise next month.", DEC4, "next month", "2024-01-01", "2024-01-31", "month"),
        ("Sales fell in November last year.", DEC4, "November last year", "2022-11-01", "2022-11-30", "month"),
        ("Sales fell in November of last year.", JAN5, "November of last year", "2023-11-01", "2023-11-30", "month"),
        ("Sales fell in November 2022.", None, "November 2022", "2022-11-01", "2022-11-30", "month"),
        ("Sales fell in Nov. 2022.", None, "Nov. 2022", "2022-11-01", "2022-11-30", "month"),
        ("Sales fell last November.", DEC4, "last November", "2023-11-01", "2023-11-30", "month"),
        ("Sales fell last November.", d("2023-11-20"), "last November", "2022-11-01", "2022-11-30", "month"),
        ("Output hit a low in March this year.", DEC4, "March this year", "2023-03-01", "2023-03-31", "month"),
        ("Exports fell in May.", DEC4, "May", "2023-05-01", "2023-05-31", "month"),
        # quarters
        ("GDP grew in Q3.", DEC4, "Q3", "2023-07-01", "2023-09-30", "quarter"),
        ("GDP grew in Q4.", JAN5, "Q4", "2023-10-01", "2023-12-31", "quarter"),
        ("GDP grew in the third quarter.", DEC4, "the third quarter", "2023-07-01", "2023-09-30", "quarter"),
        ("GDP grew in the third quarter.", MAR4, "the third quarter", "2022-07-01", "2022-09-30", "quarter"),
        ("third-quarter profit doubled", DEC4, "third-quarter", "2023-07-01", "2023-09-30", "quarter"),
        ("GDP in the July-September quarter rose", DEC4, "July-September quarter", "2023-07-01", "2023-09-30", "quarter"),
        ("3Q24 revenue beat forecasts", None, "3Q24", "2024-07-01", "2024-09-30", "quarter"),
        ("Q1 2024 revenue beat forecasts", None, "Q1 2024", "2024-01-01", "2024-03-31", "quarter"),
        ("revenue in 2024Q2 beat forecasts", None, "2024Q2", "2024-04-01", "2024-06-30", "quarter"),
        ("GDP in the first quarter of 2024 rose", None, "the first quarter of 2024", "2024-01-01", "2024-03-31", "quarter"),
        ("GDP in the fourth quarter of last year rose", LEAP, "the fourth quarter of last year", "2023-10-01", "2023-12-31", "quarter"),
        ("GDP grew last quarter.", JAN5, "last quarter", "2023-10-01", "2023-12-31", "quarter"),
        ("GDP grew this quarter.", LEAP, "this quarter", "2024-01-01", "2024-03-31", "quarter"),
        # halves
        ("Sales rose in the first half.", DEC4, "the first half", "2023-01-01", "2023-06-30", "half"),
        ("Sales rose in the second half.", MAR4, "the second half", "2022-07-01", "2022-12-31", "half"),
        ("Sales rose in H1.", d("2023-08-01"), "H1", "2023-01-01", "2023-06-30", "half"),
        ("Sales rose in H2 2022.", None, "H2 2022", "2022-07-01", "2022-12-31", "half"),
        ("1H24 sales rose.", None, "1H24", "2024-01-01", "2024-06-30", "half"),
        ("Sales rose in the second half of last year.", MAR4, "the second half of last year", "2022-07-01", "2022-12-31", "half"),
        ("first-half profit fell", d("2023-08-01"), "first-half", "2023-01-01", "2023-06-30", "half"),
        # cumulative
        ("in the first nine months of this year", DEC4, "the first nine months of this year", "2023-01-01", "2023-09-30", "ytd"),
        ("in the first nine months of 2022", None, "the first nine months of 2022", "2022-01-01", "2022-09-30", "ytd"),
        ("in the first 10 months", DEC4, "the first 10 months", "2023-01-01", "2023-10-31", "ytd"),
        ("in the first 10 months", MAR4, "the first 10 months", "2022-01-01", "2022-10-31", "ytd"),
        ("GDP grew 5.2% in the first three quarters", DEC4, "the first three quarters", "2023-01-01", "2023-09-30", "ytd"),
        ("in the first two months", LEAP, "the first two months", "2024-01-01", "2024-02-29", "ytd"),
        ("Exports in January-October rose", DEC4, "January-October", "2023-01-01", "2023-10-31", "ytd"),
        ("Exports from January to October rose", DEC4, "from January to October", "2023-01-01", "2023-10-31", "ytd"),
        ("Exports in January to October rose", DEC4, "January to October", "2023-01-01", "2023-10-31", "ytd"),
        ("Exports in Jan-Oct 2022 rose", None, "Jan-Oct 2022", "2022-01-01", "2022-10-31", "ytd"),
        ("Exports between March and May rose", DEC4, "between March and May", "2023-03-01", "2023-05-31", "range"),
        ("Exports in the December-February period", MAR4, "December-February period", "2022-12-01", "2023-02-28", "range"),
        ("Sales are up 4% so far this year", DEC4, "so far this year", "2023-01-01", "2023-12-04", "ytd"),
        ("Sales are up 4% year to date", LEAP, "year to date", "2024-01-01", "2024-03-01", "ytd"),
        ("Sales are up 4% this year so far", DEC4, "this year so far", "2023-01-01", "2023-12-04", "ytd"),
        ("Sales are up since the start of the year", DEC4, "since the start of the year", "2023-01-01", "2023-12-04", "ytd"),
        # years
        ("Sales fell last year.", JAN5, "last year", "2023-01-01", "2023-12-31", "year"),
        ("Sales fell this year.", DEC4, "this year", "2023-01-01", "2023-12-31", "year"),
        ("Sales will rise next year.", DEC4, "next year", "2024-01-01", "2024-12-31", "year"),
        ("Sales fell in 2022.", None, "2022", "2022-01-01", "2022-12-31", "year"),
        ("2022's sales fell.", None, "2022's", "2022-01-01", "2022-12-31", "year"),
        ("Sales fell during 2021.", None, "2021", "2021-01-01", "2021-12-31", "year"),
        ("Sales rose from 2020 to 2023.", None, "from 2020 to 2023", "2020-01-01", "2023-12-31", "range"),
        ("Sales rose over the past 12 months.", LEAP, "the past 12 months", "2023-03-02", "2024-03-01", "range"),
        ("The utility will invest $9 billion over the next three years.", DEC4, "the next three years", "2023-01-01",
         "2025-12-31", "range"),
        ("Credits of 4 billion reais are to be granted in the coming 5 years.", JAN5, "the coming 5 years", "2024-01-01",
         "2028-12-31", "range"),
        ("Sales rose since 2020.", DEC4, "since 2020", "2020-01-01", "2023-12-04", "range"),
        # fiscal years (default April-March labelled by the starting year)
        ("profit in fiscal 2023 rose", None, "fiscal 2023", "2023-04-01", "2024-03-31", "fiscal_year"),
        ("profit in FY2023 rose", None, "FY2023", "2023-04-01", "2024-03-31", "fiscal_year"),
        ("Toyota's FY2023 profit rose in Japan", None, "FY2023", "2023-04-01", "2024-03-31", "fiscal_year"),
        ("profit in the fiscal year ending March 2024", None, "the fiscal year ending March 2024", "2023-04-01", "2024-03-31", "fiscal_year"),
        ("profit in the fiscal year ended September 30, 2024", None, "the fiscal year ended September 30, 2024", "2023-10-01", "2024-09-30", "fiscal_year"),
        ("profit in fiscal year 2023-24", None, "fiscal year 2023-24", "2023-04-01", "2024-03-31", "fiscal_year"),
        ("the U.S. federal deficit in fiscal 2024", None, "fiscal 2024", "2023-10-01", "2024-09-30", "fiscal_year"),
        ("Congress approved spending for FY2025", None, "FY2025", "2024-10-01", "2025-09-30", "fiscal_year"),
        ("India's economy grew 7% in FY24", None, "FY24", "2023-04-01", "2024-03-31", "fiscal_year"),
        ("Britain's borrowing in the 2023-24 fiscal year", None, "the 2023-24 fiscal year", "2023-04-01", "2024-03-31", "fiscal_year"),
        ("profit this fiscal year", DEC4, "this fiscal year", "2023-04-01", "2024-03-31", "fiscal_year"),
        ("profit this fiscal year", LEAP, "this fiscal year", "2023-04-01", "2024-03-31", "fiscal_year"),
        ("profit last fiscal year", d("2024-04-02"), "last fiscal year", "2023-04-01", "2024-03-31", "fiscal_year"),
        ("profit in the first quarter of fiscal 2023", None, "the first quarter of fiscal 2023", "2023-04-01", "2023-06-30", "quarter"),
        # days
        ("On December 1, China began controls.", DEC4, "December 1", "2023-12-01", "2023-12-01", "day"),
        ("On December 1, China began controls.", JAN5, "December 1", "2023-12-01", "2023-12-01", "day"),
        ("Controls began on Dec. 4.", DEC4, "Dec. 4", "2023-12-04", "2023-12-04", "day"),
        ("Controls began on March 3, 2024.", None, "March 3, 2024", "2024-03-03", "2024-03-03", "day"),
        ("Controls began on 3 March 2024.", None, "3 March 2024", "2024-03-03", "2024-03-03", "day"),
        ("Controls began on 2024-03-03.", None, "2024-03-03", "2024-03-03", "2024-03-03", "day"),
        ("Controls began on February 29.", LEAP, "February 29", "2024-02-29", "2024-02-29", "day"),
        ("Controls began on the 15th.", DEC4, "the 15th", "2023-11-15", "2023-11-15", "day"),
        ("Controls began on the 3rd.", DEC4, "the 3rd", "2023-12-03", "2023-12-03", "day"),
        ("Controls began on the 29th.", LEAP, "the 29th", "2024-02-29", "2024-02-29", "day"),
        ("Controls began on the 20th.", JAN5, "the 20th", "2023-12-20", "2023-12-20", "day"),
        ("Controls began yesterday.", JAN5, "yesterday", "2024-01-04", "2024-01-04", "day"),
        ("Controls began yesterday.", d("2024-01-01"), "yesterday", "2023-12-31", "2023-12-31", "day"),
        ("The index fell on Monday.", d("2023-12-06"), "Monday", "2023-12-04", "2023-12-04", "day"),
        # weeks
        ("Prices fell last week.", DEC4, "last week", "2023-11-27", "2023-12-03", "week"),
        ("Prices fell last week.", d("2024-01-03"), "last week", "2023-12-25", "2023-12-31", "week"),
        ("Prices fell this week.", d("2024-01-03"), "this week", "2024-01-01", "2024-01-07", "week"),
    ],
)
def test_expression_resolves(text, published, surface, start, end, granularity) -> None:
    e = only(text, published)
    assert (e.text, e.period, e.granularity, e.resolved) == (surface, period(start, end), granularity, True)
    assert text[e.start : e.end] == e.text
    assert e.granularity in GRANULARITIES


@pytest.mark.parametrize(
    ("text", "published", "start", "end"),
    [
        # yearless months after the publication month are last year's ...
        ("Exports rose in October.", d("2023-09-15"), "2022-10-01", "2022-10-31"),
        # ... unless the sentence speaks of the future
        ("The tariff will take effect in October.", d("2023-09-15"), "2023-10-01", "2023-10-31"),
        ("The tariff will take effect in March.", DEC4, "2024-03-01", "2024-03-31"),
        ("Exports are expected to rebound in the first quarter.", DEC4, "2024-01-01", "2024-03-31"),
        ("Exports are expected to rebound in the fourth quarter.", DEC4, "2023-10-01", "2023-12-31"),
        ("It will take effect on January 1.", DEC4, "2024-01-01", "2024-01-01"),
        ("It took effect on January 1.", DEC4, "2023-01-01", "2023-01-01"),
        ("The new rules take effect on 1 January.", DEC4, "2024-01-01", "2024-01-01"),
        ("Talks will resume on the 2nd.", DEC4, "2024-01-02", "2024-01-02"),
        ("Talks resumed on the 2nd.", DEC4, "2023-12-02", "2023-12-02"),
    ],
)
def test_tense_picks_the_occurrence(text, published, start, end) -> None:
    assert only(text, published).period == period(start, end)


@pytest.mark.parametrize(
    "text",
    [
        "Prices may fall further.",
        "Analysts expect a march toward stability.",
        "Jan Smith said exports rose.",
        "It rose to 2023 points.",
        "He sold 25 units.",
        "The H-1B visa program.",
        "on the 3rd floor of the building",
        "Exports were $2,022 million.",
        "It has over 2000 member firms.",
    ],
)
def test_not_a_time_expression(text) -> None:
    assert find_time_expressions(text, DEC4) == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Exports rose in November.", "November"),
        ("Sales fell last month.", "last month"),
        ("Sales fell last year.", "last year"),
        ("GDP grew in the third quarter.", "the third quarter"),
        ("Sales rose in the first half.", "the first half"),
        ("in the first nine months of this year", "the first nine months of this year"),
        ("Sales are up so far this year", "so far this year"),
        ("Controls began on the 15th.", "the 15th"),
        ("Controls began yesterday.", "yesterday"),
        ("On December 1, China began controls.", "December 1"),
        ("Prices fell last week.", "last week"),
        ("profit this fiscal year", "this fiscal year"),
        ("Sales rose over the past 12 months.", "the past 12 months"),
    ],
)
def test_relative_expressions_are_unresolved_without_published(text, surface) -> None:
    e = only(text, None)
    assert (e.text, e.period, e.resolved) == (surface, None, False)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Sales fell in 2022.", "2022-01-01", "2022-12-31"),
        ("Sales fell in November 2022.", "2022-11-01", "2022-11-30"),
        ("GDP in the first quarter of 2024 rose", "2024-01-01", "2024-03-31"),
        ("profit in fiscal 2023 rose", "2023-04-01", "2024-03-31"),
        ("Controls began on March 3, 2024.", "2024-03-03", "2024-03-03"),
    ],
)
def test_absolute_expressions_resolve_without_published(text, start, end) -> None:
    e = only(text, None)
    assert (e.period, e.resolved) == (period(start, end), True)


def test_expressions_are_sorted_and_do_not_overlap() -> None:
    text = (
        "In the first nine months of 2023, exports rose 5% from the same period last year, and in November "
        "they hit $55 billion, up 7% year on year; Q3 GDP grew 1% quarter on quarter."
    )
    found = find_time_expressions(text, DEC4)
    assert [e.text for e in found] == [
        "the first nine months of 2023",
        "the same period last year",
        "November",
        "year on year",
        "Q3",
        "quarter on quarter",
    ]
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
