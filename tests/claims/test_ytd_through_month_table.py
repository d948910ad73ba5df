"""Rule table: a year-to-date span that names the month it runs to ends on that month's last day.

Our own sentences, read against Friday 2024-11-15 (tests.claims.test_period_direction_table). "year-to-date through
September", "so far this year to the end of August": the data run to that month, not to the published day; a month
still to come ("through December" in November) is last year's; a span with a day ("as of Oct. 20") or without any end
keeps its reading.
"""

from __future__ import annotations

import pytest

from tests.claims.test_period_direction_table import claim_of, period_span

# (text, value of the claim, expected period or None)
TABLE: list[tuple[str, float, tuple[str, str] | None]] = [
    ("Coffee shipments rose 14% year-to-date through September.", 14, ("2024-01-01", "2024-09-30")),
    ("Coffee shipments have climbed 14% so far this year to the end of August.", 14, ("2024-01-01", "2024-08-31")),
    ("Coffee revenue reached $3.1 billion in the year to date through October.", 3.1e9, ("2024-01-01", "2024-10-31")),
    ("Coffee shipments rose 14% year to date through December, the board said in its annual review.", 14,
     ("2023-01-01", "2023-12-31")),
    # ---- negative rows: a named day, or no end at all
    ("Coffee shipments rose 14% year to date as of Oct. 20.", 14, ("2024-01-01", "2024-10-20")),
    ("Coffee shipments have climbed 14% so far this year.", 14, ("2024-01-01", "2024-11-15")),
    ("Coffee shipments rose 14% year to date, to $2.2 billion.", 14, ("2024-01-01", "2024-11-15")),
]


@pytest.mark.parametrize(("text", "value", "period"), TABLE)
def test_ytd_through_month(text: str, value: float, period: tuple[str, str] | None) -> None:
    assert period_span(claim_of(text, value)) == period


# "the trailing 12 months" is the rolling window to the published day, as "the past 12 months" is
TRAILING: list[tuple[str, float, tuple[str, str] | None]] = [
    ("Tea exports slipped 4% in the trailing 12 months.", 4, ("2023-11-16", "2024-11-15")),
    ("Over the trailing four quarters, tea revenue reached $1.7 billion.", 1.7e9, ("2023-11-16", "2024-11-15")),
    ("Tea exports fell 2% over the trailing three months.", 2, ("2024-08-16", "2024-11-15")),
    # ---- negative rows: "trailing" that names no span
    ("The broker set a trailing stop at $40 for the tea company's shares.", 40, None),
    ("Tea exports have been trailing coffee, at $1.2 billion.", 1.2e9, None),
]


@pytest.mark.parametrize(("text", "value", "period"), TRAILING)
def test_trailing_window(text: str, value: float, period: tuple[str, str] | None) -> None:
    assert period_span(claim_of(text, value)) == period
