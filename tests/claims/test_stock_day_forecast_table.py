"""Rule tables: the calendar day a stock was counted on, the forecast value of a flow after a threshold cue, and "the
whole year" before an infinitive.

Our own sentences, read against Friday 2024-11-15 (tests.claims.test_period_direction_table).
- "Warehouses held 2.4 million tons of sugar on Oct. 1": a stock (claim_cues.yaml `stock_verbs`) with "on" or "as of" a
  calendar day right after it is that day's, not the period of the sentence before; a flow on that day, a weekday
  (when news broke) or a stock without a day keep what they had.
- "is expected to exceed $40 billion": the forecast value of a flow keeps its period; a mark passed ("have topped $5
  billion for eight months") or a cap ("will not exceed") stays a threshold without one.
- "for the whole year to top ...": "the whole year" is the year; "the year to March" still names the twelve months
  to March.
"""

from __future__ import annotations

import pytest

from tests.claims.test_period_direction_table import claim_of, period_span

OCT = ("2024-10-01", "2024-10-31")
OCT1 = ("2024-10-01", "2024-10-01")
NOV1 = ("2024-11-01", "2024-11-01")
SEP30 = ("2024-09-30", "2024-09-30")
Y2024 = ("2024-01-01", "2024-12-31")
FY_MAR = ("2023-04-01", "2024-03-31")

# (text, value of the claim, expected period or None)
TABLE: list[tuple[str, float, tuple[str, str] | None]] = [
    # ---- a stock counted on a calendar day
    ("Sugar exports fell 6% in October. Warehouses held 2.4 million tons of sugar on Oct. 1.", 2.4e6, OCT1),
    ("Sugar exports fell 6% in October. Cane stocks at mills and in transit stood at 880,000 tons on Nov. 1.", 8.8e5, NOV1),
    ("Sugar exports fell 6% in October. Foreign reserves were $41.2 billion as of Sept. 30.", 41.2e9, SEP30),
    # ---- negative rows: a flow on a day, a weekday, no day at all
    ("Sugar exports fell 6% in October. The state agency bought 300,000 tons of sugar on Oct. 1.", 3e5, OCT),
    ("Sugar exports fell 6% in October. Warehouses held 2.4 million tons of sugar, the ministry said on Monday.", 2.4e6, OCT),
    ("Sugar exports fell 6% in October. Warehouses held 2.4 million tons of sugar.", 2.4e6, OCT),
    # ---- the forecast value of a flow after a threshold cue keeps its period
    ("Cashew exports rose 11% in the first ten months. The ministry expects shipments for the whole year to exceed $4 "
     "billion.", 4e9, Y2024),
    ("Two-way trade in 2024 is expected to top $40 billion for the first time.", 40e9, Y2024),
    # ---- negative rows: a mark passed, a cap
    ("Cashew exports rose 11% in October. Monthly shipments have topped $300 million for eight months in a row.", 3e8, None),
    ("Cashew exports rose 11% in October. From next year the refund will not exceed 2,000 dong per kilogram.", 2000, None),
    ("Cashew exports rose 11% in October, exceeding $450 million.", 4.5e8, None),
    # ---- "the year to <month>" is still the twelve months to that month
    ("Net profit rose 9% to 84 billion yen in the year to March.", 84e9, FY_MAR),
]


@pytest.mark.parametrize(("text", "value", "period"), TABLE)
def test_stock_day_and_forecast_period(text: str, value: float, period: tuple[str, str] | None) -> None:
    assert period_span(claim_of(text, value)) == period
