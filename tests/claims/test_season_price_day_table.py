"""Rule table: crop seasons, prices quoted on a day, one-off commitments, attribute years and conclusions.

Every sentence is our own wording (none is copied from the corpus), read against Friday 2024-11-15 under the corpus
guide's conventions: a crop or marketing season whose months the text does not give names no calendar period; a unit
price quoted "on Thursday" is that day's, and so is a move "on the day"; "X% lower than at the start of the year" is
the change from January 1 to the day quoted; the size of a credit line, pledge or project has no period; a year that
only qualifies a noun ("their 2016 accord") lends no period to later sentences; "meaning 70% of ..." is a share, not
the way of the clause before it. Negative rows keep what the rules must not touch.
"""

from __future__ import annotations

import pytest

from .test_period_direction_table import OCT, Q3, Y2023, claim_of, period_span

THU = ("2024-11-14", "2024-11-14")
WED = ("2024-11-13", "2024-11-13")

# (text, value of the claim, expected period or None, expected direction or None)
TABLE: list[tuple[str, float, tuple[str, str] | None, str | None]] = [
    # ---- crop and marketing seasons
    ("Ivory Coast lifted the price it pays growers by 30% for the 2024/25 season.", 30, None, "up"),
    ("The board hopes to buy 700,000 tonnes in the coming season, against 610,000 tonnes in 2023/24.", 610_000, None, None),
    ("The board hopes to buy 700,000 tonnes in the coming season, against 610,000 tonnes in 2023/24.", 700_000, None, None),
    ("Sugar output in the first six months of the 2023/24 marketing year that began in October rose 4.2% to 12 million "
     "tonnes.", 4.2, ("2023-10-01", "2024-03-31"), "up"),
    ("Wheat exports in the first five months of the 2024/25 crop year rose 9% to 14 million tonnes.", 9, None, "up"),
    # not a season: a split year with a currency of its country is that country's fiscal year
    ("Canberra now expects a surplus of A$9.3 billion in 2024-25.", 9.3e9, ("2024-07-01", "2025-06-30"), None),
    # ---- unit prices quoted on a day, moves on the day and since the start of the year
    ("Gold settled at $2,563.20 an ounce on Thursday, down 1.1% on the day.", 2563.2, THU, None),
    ("Gold settled at $2,563.20 an ounce on Thursday, down 1.1% on the day.", 1.1, THU, "down"),
    ("WTI crude traded at $68.40 a barrel on Wednesday, about 4% lower than at the start of the year.", 68.4, WED, None),
    ("WTI crude traded at $68.40 a barrel on Wednesday, about 4% lower than at the start of the year.", 4,
     ("2024-01-01", "2024-11-13"), "down"),
    ("The yuan weakened 0.4% on Thursday to 7.23 per dollar.", 0.4, THU, "down"),
    # not a day: a month after a unit price is still the price's period
    ("Copper averaged $9,400 a ton in October, up 2% from September.", 9400, OCT, None),
    # a compared unit price takes the baseline after its unit
    ("Aluminium averaged $2,550 a tonne in the third quarter, compared with $2,180 a tonne in the same quarter of "
     "2023.", 2180, ("2023-07-01", "2023-09-30"), None),
    ("Aluminium averaged $2,550 a tonne in the third quarter, compared with $2,180 a tonne in the same quarter of "
     "2023.", 2550, Q3, None),
    # ---- one-off commitments: no carried period
    ("Exports to the US fell 18% in October. The government opened a 12 billion reais credit line for hard-hit firms.",
     12e9, None, None),
    ("Sales fell 4% in October. The group will build a $2.1 billion project near the port.", 2.1e9, None, None),
    # ---- a year that qualifies a noun lends no period to later sentences
    ("Chile and Peru signed their 2016 trade accord after long talks. A new terminal there cost $900 million.", 9e8, None,
     None),
    # not an attribute: a year after "in" carries
    ("Exports reached $40 billion in 2023. Imports came to $35 billion.", 35e9, Y2023, None),
    # ---- a conclusion drawn with "meaning" is its own clause
    ("Car output rose 2% to 3.1 million units, meaning 70% of the cars built were sold abroad.", 70, None, None),
    ("Sales rose 2% in October, meaning profit climbed 5%.", 5, OCT, "up"),
    # ---- a year ended on a day
    ("Revenue rose 6% to $12 billion in the year ended June 30.", 12e9, ("2023-07-01", "2024-06-30"), None),
]


@pytest.mark.parametrize(("text", "value", "period", "direction"), TABLE)
def test_period_and_direction(text: str, value: float, period, direction) -> None:
    claim = claim_of(text, value)
    assert period_span(claim) == period
    assert claim.direction == direction
