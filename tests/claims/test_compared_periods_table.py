"""Rule table: periods and directions of compared values, their baselines and the numbers around them.

Our own sentences, read against Friday 2024-11-15 (the conventions of tests/claims/test_period_direction_table.py).
"""

from __future__ import annotations

import pytest

from tests.claims.test_period_direction_table import claim_of, period_span

Y2015 = ("2015-01-01", "2015-12-31")
Y2021 = ("2021-01-01", "2021-12-31")
Y2022 = ("2022-01-01", "2022-12-31")
Y2023 = ("2023-01-01", "2023-12-31")
Y2024 = ("2024-01-01", "2024-12-31")

# (text, value of the claim, expected period or None, expected direction or None)
TABLE: list[tuple[str, float, tuple[str, str] | None, str | None]] = [
    # ---- a year right after the from-value of a "from ... to ..." change is that value's
    ("Copper shipments grew from 180,000 tons in 2015 to 460,000 tons last year.", 180_000, Y2015, None),
    ("Copper shipments grew from 180,000 tons in 2015 to 460,000 tons last year.", 460_000, Y2023, None),
    ("Last year the fleet expanded from 12,400 vehicles in 2021 to 15,100 vehicles.", 12_400, Y2021, None),
    ("Last year the fleet expanded from 12,400 vehicles in 2021 to 15,100 vehicles.", 15_100, Y2023, None),
    ("Wine sales in 2023 jumped from 3,150 tonnes in 2022 to 4,020 tonnes.", 3_150, Y2022, None),
    ("Wine sales in 2023 jumped from 3,150 tonnes in 2022 to 4,020 tonnes.", 4_020, Y2023, None),
    ("Output rose from 2,000 tons to 2,500 tons in 2022.", 2_500, Y2022, None),
    # ---- a forecast "for 2024 to X%": the year is not a range "2024 to 2025"
    ("The agency trimmed its growth forecast for 2024 to 4.6% from 4.9%.", 4.6, Y2024, "up"),
    # ---- a possessive year dates its own noun, even after "over"
    ("Registrations hit 52,000 vehicles last year, a rise of 35 percent over 2022's 38,500 vehicles.", 38_500, Y2022, None),
    ("Registrations hit 52,000 vehicles last year, a rise of 35 percent over 2022's 38,500 vehicles.", 52_000, Y2023, None),
    ("Registrations hit 52,000 vehicles last year, a rise of 35 percent over 2022's 38,500 vehicles.", 35, Y2023, "up"),
    # ---- a compared value followed by a baseline that names its year
    ("In January-September, cargo reached 41.2 million tons, up 6% from 38.9 million tons in the same period of 2021.",
     38.9e6, ("2021-01-01", "2021-09-30"), None),
    ("In January-September, cargo reached 41.2 million tons, up 6% from 38.9 million tons in the same period of 2021.",
     41.2e6, ("2024-01-01", "2024-09-30"), None),
    ("In October, exports rose 4% to $9.8 billion from $9.4 billion in the same month of 2022.",
     9.4e9, ("2022-10-01", "2022-10-31"), None),
    # ---- the compared value of a share or level is a share or level, without direction
    ("Foreign brands took up 11 percent of the car market in the third quarter, down from 13 percent in the first half.",
     11, ("2024-07-01", "2024-09-30"), None),
    ("Foreign brands took up 11 percent of the car market in the third quarter, down from 13 percent in the first half.",
     13, ("2024-01-01", "2024-06-30"), None),
    ("Services made up 54% of output, up from more than 49% a decade ago.", 49, None, None),
    ("Coal's share of power generation dropped to 58 percent, from more than 61 percent in 2022.", 61, Y2022, None),
    # ---- a compared value of another clause is not the earlier change's comparison
    ("Quotas will be trimmed by 30% to 9 million tons, and the levy above the quota will rise from 15% to 35%.", 15, None, None),
    ("Quotas will be trimmed by 30% to 9 million tons, and the levy above the quota will rise from 15% to 35%.", 30, None, "down"),
    ("Miners rallied 2.2% on Tuesday, as traders judged the royalty higher than the 5% many had expected.", 5, None, None),
    # ---- ... while one of the same clause still is ("down from", "compared with a ... drop")
    ("The fund now sees output growing 1.1% in 2025, down from the 1.6% it projected in April.",
     1.6, ("2025-01-01", "2025-12-31"), "up"),
    ("Imports climbed 6.5% in October, compared with a 2% decline in September.", 2, ("2024-09-01", "2024-09-30"), "down"),
    # ---- the "from" value of a change "to Y in <year> from X" is the year before's; a forecast "for <year>" keeps it
    ("Coal earnings dropped 31% to $8.1 billion in 2023 from $11.7 billion.", 11.7e9, ("2022-01-01", "2022-12-31"), None),
    ("Coal earnings dropped 31% to $8.1 billion in 2023 from $11.7 billion.", 8.1e9, Y2023, None),
    ("Wool exports rose to A$3.3 billion in 2022-23 from A$2.9 billion, the bureau said.", 2.9e9,
     ("2021-07-01", "2022-06-30"), None),
    ("The bank raised its forecast for 2025 to $6.2 billion from $5.8 billion.", 5.8e9, ("2025-01-01", "2025-12-31"), None),
    ("In 2024, spot prices ranged from $610 to $840 a tonne.", 610, Y2024, None),
    ("Imports rose to $7.5 billion in October from $7.1 billion.", 7.1e9, ("2024-10-01", "2024-10-31"), None),
    # ---- a level noun that only modifies another noun names no level ("tax revenue fell 9%": the revenue fell)
    ("Tax revenue fell 9.4% in the first half.", 9.4, ("2024-01-01", "2024-06-30"), "down"),
    ("Tariff income jumped 31% in October from a year earlier.", 31, ("2024-10-01", "2024-10-31"), "up"),
    ("The import duty of 12% applies to finished vehicles.", 12, None, None),
    ("The tariff rose to 25% from 10%.", 25, None, None),
    # ---- "and by X": a later item of the same change
    ("Output contracted 0.4% in the third quarter and by 1.2% in 2023 as a whole.", 1.2, Y2023, "down"),
    ("Shipments climbed 3% in September and by 5% in October.", 5, ("2024-10-01", "2024-10-31"), "up"),
    ("Output contracted 0.4% in the third quarter from the previous three months and by 1.2% in 2023 as a whole.",
     1.2, Y2023, "down"),
    ("Investment grew 2% in the first half from the same period last year and by 3% in the third quarter.",
     3, ("2024-07-01", "2024-09-30"), "up"),
]


@pytest.mark.parametrize(("text", "value", "period", "direction"), TABLE)
def test_compared_period_and_direction(text: str, value: float, period: tuple[str, str] | None, direction: str | None) -> None:
    c = claim_of(text, value)
    got = period_span(c)
    assert (got, c.direction) == (period, direction)
