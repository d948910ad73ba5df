"""Rule table: a policy-rate level kept through a named month or quarter has that span as its period.

Our own sentences, read against Friday 2024-11-15 (the conventions of tests/claims/test_period_direction_table.py).
A level set on a decision day has that day (tests/claims/test_decision_day_level_table.py); one that holds from a date on,
or one reached by a move in a month, keeps no period.
"""

from __future__ import annotations

import pytest

from tests.claims.test_period_direction_table import claim_of, period_span

DEC_2023 = ("2023-12-01", "2023-12-31")
JUN = ("2024-06-01", "2024-06-30")
SEP = ("2024-09-01", "2024-09-30")
OCT = ("2024-10-01", "2024-10-31")
Q3 = ("2024-07-01", "2024-09-30")

# (text, value of the claim, expected period or None)
TABLE: list[tuple[str, float, tuple[str, str] | None]] = [
    # ---- kept, left, held, maintained "in <month/quarter>": the span the level held through
    ("The monetary authority kept its discount rate at 1.875% in December, citing mild inflation.", 1.875, DEC_2023),
    ("The central bank, which left its benchmark rate at 3.25% in June, raised reserve ratios in July.", 3.25, JUN),
    ("The Reserve Bank maintained the cash rate at 4.35% in the third quarter.", 4.35, Q3),
    ("Policymakers are keeping the repo rate at 6.5% in October, the governor said.", 6.5, OCT),
    ("The Fed left its key rate unchanged at 5.25% in September.", 5.25, SEP),
    ("The bank held the overnight rate at 5.5% in June, where it had been since 2023.", 5.5, JUN),
    # ---- a decision day is a day, not a span held through (tests/claims/test_decision_day_level_table.py)
    ("The bank held its policy rate at 6.75% on Thursday.", 6.75, ("2024-11-14", "2024-11-14")),
    # ---- a start date, a month of a move to the level, a level under another verb: none
    ("The central bank cut its policy rate to 3% in March.", 3, None),
    ("The ministry kept the import tariff at 25% from June.", 25, None),
    ("The bank raised its base rate to 2.5% on Tuesday and kept the deposit rate at 2%.", 2, None),
]


@pytest.mark.parametrize(("text", "value", "period"), TABLE)
def test_held_level_period(text: str, value: float, period: tuple[str, str] | None) -> None:
    claim = claim_of(text, value)
    got = period_span(claim)
    assert got == period, text
