"""Rule table: a policy-rate level set, held or moved to at a decision on a named day has that day as its period.

Our own sentences (none copied from the corpus), read against Friday 2024-11-15 (the conventions of
tests/claims/test_period_direction_table.py). The day must hang, by the parse, on the verb that sets the level or on
the meeting or decision that verb acted at; the level must be that verb's "to"/"at" object and what the verb sets a
rate. Targets, forecasts, trade levels, standing rates, undated holds, a level left behind ("from 10.5%") and a level
told in a later sentence keep no period. A level in apposition with its own period ("inflation, at 4.8% in October,")
has that period.
"""

from __future__ import annotations

import pytest

from tests.claims.test_period_direction_table import claim_of, period_span

MON = ("2024-11-11", "2024-11-11")
TUE = ("2024-11-12", "2024-11-12")
WED = ("2024-11-13", "2024-11-13")
THU = ("2024-11-14", "2024-11-14")
OCT = ("2024-10-01", "2024-10-31")
Q3 = ("2024-07-01", "2024-09-30")

# (text, value of the claim, expected period or None)
TABLE: list[tuple[str, float, tuple[str, str] | None]] = [
    # ---- the day on the verb that sets, holds or moves the rate to the level
    ("The Reserve Bank lowered its cash rate to 4.1% on Tuesday.", 4.1, TUE),
    ("Policymakers kept the overnight rate at 5% on Wednesday for a fourth meeting in a row.", 5, WED),
    ("The monetary board left its key lending rate unchanged at 6.5% on Nov. 14.", 6.5, THU),
    ("The repo rate was raised to 6.25% on Wednesday.", 6.25, WED),
    ("On Thursday the central bank trimmed its policy rate to 2.75%.", 2.75, THU),
    # the level a move reached, and the move, share the day
    ("The central bank raised its one-week repo rate by 3 percentage points to 30% on Monday.", 30, MON),
    ("The central bank raised its one-week repo rate by 3 percentage points to 30% on Monday.", 3, MON),
    # two rates set in one breath, or a level and the level it left, before the day: the day is the decision's
    ("The bank lowered its deposit rate by 1 percentage point to 20% and its lending rate to 21% on Wednesday.", 20, WED),
    ("The bank lowered its deposit rate by 1 percentage point to 20% and its lending rate to 21% on Wednesday.", 21, WED),
    ("The bank lowered its deposit rate by 1 percentage point to 20% and its lending rate to 21% on Wednesday.", 1, WED),
    ("The bank lifted its benchmark rate to 11% from 10.5% on Tuesday.", 11, TUE),
    # ---- the day on the meeting or decision the verb acted at
    ("The bank held its key rate at 4% at its policy meeting on Wednesday.", 4, WED),
    ("At its meeting on Tuesday, the central bank raised the repo rate to 6.5%.", 6.5, TUE),
    ("The central bank cut its benchmark rate to 3% in a decision on Thursday.", 3, THU),
    # ---- a level in apposition with its own period phrase
    ("The bank kept rates high to pull inflation, at 4.8% in October, back toward its goal.", 4.8, OCT),
    ("Policymakers said they would hold rates until inflation, at 3.9% in the third quarter, eases.", 3.9, Q3),
    # ---- negative: the level left behind
    ("The bank lifted its benchmark rate to 11% from 10.5% on Tuesday.", 10.5, None),
    # negative: targets, forecasts and trade levels set on a day
    ("The bank set its inflation target at 2% on Tuesday.", 2, None),
    ("The central bank raised its inflation forecast to 3.5% on Wednesday.", 3.5, None),
    ("The ministry raised the import tariff on steel to 25% on Tuesday.", 25, None),
    # negative: holds without a dated decision, standing rates
    ("The central bank kept its key rate at 3.5%.", 3.5, None),
    ("The bank has held its policy rate at 4.5% since June.", 4.5, None),
    ("The policy rate stands at 5.25%, where it has been since March.", 5.25, None),
    # negative: the day on another verb than the one that sets the level
    ("On Tuesday the governor said the bank would keep its main rate at 5% for now.", 5, None),
    ("The bank raised its base rate to 2.5% on Tuesday and kept the deposit rate at 2%.", 2, None),
    # negative: a level described in a later sentence than the decision
    ("The central bank cut rates on Tuesday. The new benchmark rate of 4% is the lowest since 2022.", 4, None),
    ("The bank cut its rate by 0.25 point on Tuesday. Its key rate now stands at 4.5%.", 4.5, None),
    # negative: an apposition whose time phrase is a start, not a period
    ("The policy rate, at 5% since March, is the highest in the region.", 5, None),
]


@pytest.mark.parametrize(("text", "value", "period"), TABLE)
def test_decision_day_level(text: str, value: float, period: tuple[str, str] | None) -> None:
    claim = claim_of(text, value)
    assert period_span(claim) == period, text
