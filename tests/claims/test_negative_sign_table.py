"""Rule table: a minus sign or the word "minus" right before a change makes it a fall, whatever the verb or noun.

Our own sentences, read against Friday 2024-11-15 (tests.claims.test_period_direction_table). "growth was -2.4%",
"came in at minus 0.7%", "(-1.9%)": the sign, not "growth", tells the way; the dash of a range ("4-5%") or of a
compound is no sign, nor is a tolerance band ("plus or minus 1 point").
"""

from __future__ import annotations

import pytest

from tests.claims.test_period_direction_table import claim_of

# (text, value, expected measure, expected direction)
TABLE: list[tuple[str, float, str, str | None]] = [
    ("Textile export growth was -2.4% in September.", 2.4, "change", "down"),
    ("Quarterly GDP growth came in at minus 0.7% in the third quarter.", 0.7, "change", "down"),
    ("Retail sales disappointed in October (-1.9% year on year).", 1.9, "change", "down"),
    ("Shipments changed by -6.1% year on year in October.", 6.1, "change", "down"),
    ("Wage growth slowed by -0.3 percentage point in October.", 0.3, "points", "down"),
    ("Output grew 2.2% in the first quarter, while growth was -0.8% in the second.", 0.8, "change", "down"),
    # ---- negative rows: no sign, or the dash of a range
    ("Output grew 2.2% in the first quarter, while growth was -0.8% in the second.", 2.2, "change", "up"),
    ("Analysts expect exports to grow 4-5% next year.", 5, "change", "up"),
    ("Textile export growth was 2.4% in September.", 2.4, "change", "up"),
    # ---- a tolerance band is no sign: "plus or minus", "plus/minus", "+/-"
    ("The central bank aims for inflation of 3% within a band of plus or minus 1 percentage point.", 1, "points", None),
    ("The currency may trade within +/-2% of the daily midpoint.", 2, "level", None),
]


@pytest.mark.parametrize(("text", "value", "measure", "direction"), TABLE)
def test_negative_sign_direction(text: str, value: float, measure: str, direction: str | None) -> None:
    claim = claim_of(text, value)
    assert (claim.measure, claim.direction) == (measure, direction)
