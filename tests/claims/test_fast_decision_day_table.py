"""Rule table: without a parse (fast mode), a policy rate set or moved on a named day has that day as its period, as
full mode gives it (corpus/README.md: the newer groups' convention).

"lowered its key rate by 0.5 percentage point to 6.25% on Oct. 17": the move and the level set that day; "held its
overnight rate at 3.25% on Wednesday" too. A tariff is no policy rate, the level left ("from 6.75%") was not set that
day, and a day of another clause dates nothing here. Our own sentences, published 2024-11-15.
"""

from __future__ import annotations

import pytest

from extractor import extract_text
from extractor.settings import Settings

OCT17 = ("2024-10-17", "2024-10-17")
NOV13 = ("2024-11-13", "2024-11-13")

# (text, value, expected period or None)
ROWS: list[tuple[str, float, tuple[str, str] | None]] = [
    ("The central bank lowered its key rate by 0.5 percentage point to 6.25% on Oct. 17.", 0.5, OCT17),
    ("The central bank lowered its key rate by 0.5 percentage point to 6.25% on Oct. 17.", 6.25, OCT17),
    ("The monetary authority held its overnight rate at 3.25% on Wednesday for a fourth meeting.", 3.25, NOV13),
    ("Policymakers raised the benchmark lending rate by 75 basis points to 11.5% on Wednesday.", 11.5, NOV13),
    # ---- negative rows
    ("The central bank lowered its key rate by 0.5 percentage point to 6.25% from 6.75% on Oct. 17.", 6.75, None),
    ("The finance ministry raised the import tariff on steel to 25% on Oct. 17.", 25, None),
    ("The central bank kept its key rate at 6.25%, and on Oct. 17 the currency fell 1.2%.", 6.25, None),
]


@pytest.mark.parametrize(("text", "value", "period"), ROWS)
def test_fast_mode_decision_day(text: str, value: float, period: tuple[str, str] | None) -> None:
    claims = extract_text(text, "2024-11-15", settings=Settings(model="none", kb=None)).claims
    found = [c for c in claims if c.kind == "percentage" and abs(c.value - value) < 1e-9]
    assert len(found) == 1
    got = (found[0].period.start.isoformat(), found[0].period.end.isoformat()) if found[0].period else None
    assert got == period
