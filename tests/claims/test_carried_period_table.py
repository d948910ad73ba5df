"""Rule table: which later sentences continue the period of an earlier one.

Our own two-sentence paragraphs, read against Friday 2024-11-15. A sentence in the past tense without a period of its
own continues the period of the sentence before ("In October, exports rose 5%. Imports fell 2%."); one in the present
(perfect) tense or with a modal tells how things stand or may be, and continues none.
"""

from __future__ import annotations

import pytest

from tests.claims.test_period_direction_table import claim_of

OCT = ("2024-10-01", "2024-10-31")
H1 = ("2024-01-01", "2024-06-30")
Y2023 = ("2023-01-01", "2023-12-31")

# (text, value of the claim, expected period or None)
TABLE: list[tuple[str, float, tuple[str, str] | None]] = [
    # ---- past tense: the earlier period carries
    ("In October, exports rose 5.1% from a year earlier. Imports fell 2.3%.", 2.3, OCT),
    ("Car sales reached 1.2 million vehicles in the first half. Electric models made up 310,000 vehicles.", 310_000, H1),
    ("Steel output fell 4% last year. Exports slid 9% to 41 million tons.", 41e6, Y2023),
    # ---- present tense: how things stand now
    ("Steel output fell 4% last year. Mills now run at about 71% of their capacity.", 71, None),
    ("Steel output fell 4% last year. The industry's combined debt is estimated at $52 billion.", 52e9, None),
    ("In October, exports rose 5.1%. The United States accounts for about 16% of the country's exports.", 16, None),
    ("Copper prices slumped in the first half. Producers still owe about $3 billion to suppliers.", 3e9, None),
    # ---- present perfect without a period of its own
    ("Coil prices dropped to 44,000 rupees per tonne in March. They have since recovered to about 49,000 rupees.", 49_000, None),
    # ---- modal: what may be
    ("Rice imports rose 18% in the first half. Retail prices could fall by 5 pesos per kilogram.", 5, None),
    ("In October, exports rose 5.1%. Households can now send up to $80,000 a year abroad.", 80_000, None),
]


@pytest.mark.parametrize(("text", "value", "period"), TABLE)
def test_carried_period(text: str, value: float, period: tuple[str, str] | None) -> None:
    c = claim_of(text, value)
    got = (c.period.start.isoformat(), c.period.end.isoformat()) if c.period else None
    assert got == period
