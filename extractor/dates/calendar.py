"""Calendar arithmetic on (start, end) periods: month ends, month shifts, quarters, weeks."""

from __future__ import annotations

import calendar as _cal
from datetime import date, timedelta

Period = tuple[date, date]


def month_end(year: int, month: int) -> date:
    """The last day of a month."""
    return date(year, month, _cal.monthrange(year, month)[1])


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    """(year, month) moved n months (n may be negative)."""
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def months_period(year: int, first_month: int, n_months: int) -> Period:
    """n_months whole months starting at first_month of year."""
    end_year, end_month = add_months(year, first_month, n_months - 1)
    return date(year, first_month, 1), month_end(end_year, end_month)


def shift_date(day: date, months: int) -> date:
    """A day moved by whole months, clamped to the month's last day (Feb 29 -> Feb 28)."""
    year, month = add_months(day.year, day.month, months)
    return date(year, month, min(day.day, month_end(year, month).day))


def shift_period(period: Period, months: int) -> Period:
    """A period moved by whole months; whole-month periods stay whole months."""
    start, end = period
    whole_months = start.day == 1 and end == month_end(end.year, end.month)
    new_start = shift_date(start, months)
    if whole_months:
        end_year, end_month = add_months(end.year, end.month, months)
        return new_start, month_end(end_year, end_month)
    return new_start, shift_date(end, months)


def quarter_of(day: date) -> int:
    """The calendar quarter (1..4) a day falls in."""
    return (day.month - 1) // 3 + 1


def week_of(day: date) -> Period:
    """The Monday-to-Sunday week containing a day."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def valid_date(year: int, month: int, day: int) -> date | None:
    """date(year, month, day), or None when it does not exist."""
    try:
        return date(year, month, day)
    except ValueError:
        return None
