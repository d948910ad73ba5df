"""Rule table: without a parse (fast mode), a level named after a subordinate opener is not the rate of the decision
before it.

"cut its reference rate to 4.75% on Oct. 10, after annual inflation slowed to 2.1% in September": the inflation level
is September's, not a policy rate without a period; the opener (", after", ", citing", "to curb", ...) starts the part
of the clause where its rate may be named, as the parse's subordinate clause does in full mode. Our own sentences,
published 2024-11-15.
"""

from __future__ import annotations

import pytest

from extractor import extract_text
from extractor.settings import Settings

SEP = ("2024-09-01", "2024-09-30")
AUG = ("2024-08-01", "2024-08-31")

# (text, value, expected period or None)
ROWS: list[tuple[str, float, tuple[str, str] | None]] = [
    ("The central bank cut its reference rate to 4.75% on Oct. 10, after annual inflation slowed to 2.1% in September.",
     2.1, SEP),
    ("The monetary authority lowered its policy rate to 18% on Oct. 2, citing a fall in consumer inflation to 11.4% in "
     "August.", 11.4, AUG),
    ("The central bank raised its key rate to 21%, to curb inflation that hit 9.8% in September.", 9.8, SEP),
    # ---- negative rows: the rate itself, and a rate word after the opener
    ("The central bank raised its key rate to 21%, to curb inflation that hit 9.8% in September.", 21, None),
    ("The ministry raised the import tariff to 25% in October, with the export levy on scrap at 10%.", 10, None),
]


@pytest.mark.parametrize(("text", "value", "period"), ROWS)
def test_fast_mode_subordinate_level(text: str, value: float, period: tuple[str, str] | None) -> None:
    claims = extract_text(text, "2024-11-15", settings=Settings(model="none", kb=None)).claims
    found = [c for c in claims if c.kind == "percentage" and abs(c.value - value) < 1e-9]
    assert len(found) == 1
    got = (found[0].period.start.isoformat(), found[0].period.end.isoformat()) if found[0].period else None
    assert got == period
