"""Rule table: period and direction on wording of wire copy and machine translation the corpus had little of.

Each row is a sentence of our own (none is copied from the corpus), read against the published date of
tests/claims/test_period_direction_table.py (Friday 2024-11-15) under the corpus guide's conventions. Every rule
has rows where it applies and rows where it must not (the negative rows keep what the sentence does say).
"""

from __future__ import annotations

import pytest

from tests.claims.test_period_direction_table import claim_of, period_span

OCT = ("2024-10-01", "2024-10-31")
SEP = ("2024-09-01", "2024-09-30")
NOV = ("2024-11-01", "2024-11-30")
TUESDAY = ("2024-11-12", "2024-11-12")
WEDNESDAY = ("2024-11-13", "2024-11-13")
AUG_END = ("2024-08-31", "2024-08-31")
Y2025 = ("2025-01-01", "2025-12-31")

Q3 = ("2024-07-01", "2024-09-30")
Q2 = ("2024-04-01", "2024-06-30")

# (text, value, expected period or None, expected direction or None)
TABLE: list[tuple[str, float, tuple[str, str] | None, str | None]] = [
    # ---- a month that labels a contract or a delivery names no period; the day of the move does
    ("Arabica futures for March delivery jumped 4.1% on Wednesday.", 4.1, WEDNESDAY, "up"),
    ("The benchmark January contract slid 2.2% on Tuesday.", 2.2, TUESDAY, "down"),
    ("Palm oil for December-delivery shipment traded near 4,900 ringgit a tonne.", 4900, None, None),
    # negative: a month before a noun that is not a contract is still the period
    ("November exports rose 6.5% from a year earlier.", 6.5, NOV, "up"),
    ("Deliveries in October rose 3% from September.", 3, OCT, "up"),
    # ---- the level a dated move reached shares its day, with the day between them
    ("Wheat futures fell as much as 3.4% on Tuesday to $5.52 a bushel.", 5.52, TUESDAY, None),
    ("Nickel climbed 2.7% on Wednesday to $16,250 a tonne.", 16250, WEDNESDAY, None),
    # negative: a price given for another time keeps that time
    ("Nickel climbed 2.7% on Wednesday, and traders see it at $17,000 a tonne next year.", 17000, Y2025, None),
    # ---- "X% above/below <base>" is a change whose way the comparison word tells
    ("Output reached 1.9 million tonnes in October, 1.6% below the same month last year.", 1.6, OCT, "down"),
    ("Prices in October were about 35% above their level a year ago.", 35, OCT, "up"),
    ("Sales in September came in 2.5 percent above a year earlier.", 2.5, SEP, "up"),
    # negative: a level merely set beside a target stays a level without direction
    ("Inflation stood at 3.4% in October, above the central bank's target.", 3.4, OCT, None),
    # ---- the end of a span something runs to dates no stock
    ("The rebate covers 40% of the fee for ships that call from March 1 until the end of 2026.", 40, None, None),
    ("Buyers may deduct 60% of the price of machines bought through the end of next year.", 60, None, None),
    # negative: a stock at the end of a month is dated by it
    ("Foreign reserves stood at $3.26 trillion at the end of August.", 3.26e12, AUG_END, None),
    # ---- a policy rate named before ", citing ..." is not the rate of the numbers of that phrase
    ("The central bank cut its benchmark rate to 4.25% on Tuesday, citing a slowdown in inflation to 2.3% in October.",
     2.3, OCT, None),
    ("The bank left its policy rate at 6% on Wednesday, noting that core inflation eased to 3.1% in September.",
     3.1, SEP, None),
    ("The central bank lifted its policy rate to 6.5% on Wednesday, after consumer inflation accelerated to 4.4% in October.",
     4.4, OCT, None),
    ("Officials raised the key rate by half a point to 9% to rein in inflation that hit 7.7% in September.", 7.7, SEP, None),
    # the rate level itself has its decision day (tests/claims/test_decision_day_level_table.py); a list after
    # "including" is still the tariffs'
    ("The central bank cut its benchmark rate to 4.25% on Tuesday, citing a slowdown in inflation to 2.3% in October.",
     4.25, TUESDAY, None),
    ("Last year Washington set tariffs of 15% to 25% on most partners, including 25% on Mexico.", 25, None, None),
    ("Exporters now face a tariff that was raised to 35% in September.", 35, None, None),
    # ---- a rate move has the day it was decided on, when the parse hangs that day on the move's verb
    ("The monetary authority trimmed its benchmark rate by 0.5 percentage point to 7.75% on Wednesday.", 0.5, WEDNESDAY, "down"),
    ("The bank raised its deposit rate by 75 basis points on Tuesday.", 0.75, TUESDAY, "up"),
    ("Policymakers cut the repo rate by 0.25 percentage point to 6% on Nov. 12.", 0.25, TUESDAY, "down"),
    # the level the move reached has the same day; negative: a day on another verb is not the move's
    ("The monetary authority trimmed its benchmark rate by 0.5 percentage point to 7.75% on Wednesday.", 7.75, WEDNESDAY, None),
    ("On Tuesday the governor said the bank would lower its main rate by 0.25 percentage point next month.", 0.25, None, "down"),
    # ---- fiscal quarters written as codes: the quarter of that fiscal year (default April-March, India's when cued)
    ("The software maker's revenue climbed 11% in Q2 FY25.", 11, ("2025-07-01", "2025-09-30"), "up"),
    ("Net income fell 4% in FY2024 Q3.", 4, ("2024-10-01", "2024-12-31"), "down"),
    ("The Indian lender's profit rose 9% in Q2 FY25.", 9, Q3, "up"),
    # negative: a calendar quarter code keeps the calendar
    ("Smartphone shipments grew 6% in Q2 2024.", 6, Q2, "up"),
    # ---- "the last quarter of <year>" is its fourth quarter; "last quarter" alone the one before the published one
    ("Profit jumped 14% in the last quarter of 2023.", 14, ("2023-10-01", "2023-12-31"), "up"),
    ("Profit jumped 14% last quarter.", 14, Q3, "up"),
    # ---- "the 12 months ending in <month>" is the whole window, as "to" and "through" are
    ("Consumer prices rose 2.6% in the 12 months ending in September.", 2.6, ("2023-10-01", "2024-09-30"), "up"),
    ("Revenue for the quarter ending in September rose 5%.", 5, Q3, "up"),
    # negative: a month after "ending" in another sense is still just the month
    ("Exports ended September 3% higher than a year earlier.", 3, SEP, "up"),
    # ---- a change noun after a baseline adverb tells the way: "a 5% year-on-year decrease"
    ("Shipments posted a 7.2% year-on-year decrease in October.", 7.2, OCT, "down"),
    ("Sales logged a 3% month-on-month increase in September.", 3, SEP, "up"),
    # negative: a share is no change whatever adverb is near
    ("Exports to Asia made up 41% of the total in October, up year-on-year.", 41, OCT, None),
    # ---- a period phrase the parse hangs on a later number's change word is that number's, not the claim's
    ("Car sales dropped 4.4 percent, reversing a 1.2 percent gain in September.", 4.4, None, "down"),
    ("Car sales dropped 4.4 percent, reversing a 1.2 percent gain in September.", 1.2, SEP, "up"),
    ("Steel output slipped 0.9% after climbing 2.8% in September.", 0.9, None, "down"),
    # negative: a range, a value in apposition, a level reached keep the period that follows them
    ("The miner produced between 1.1 million and 1.2 million tonnes in October.", 1.1e6, OCT, None),
    ("The port handled 3.1 million tonnes of ore worth $400 million in October.", 3.1e6, OCT, None),
    ("Exports rose 5% to $20 billion in October.", 5, OCT, "up"),
    # ---- a period phrase in a relative clause on another period tells when that one ended: the number keeps the first
    ("In fiscal 2023, which ended in March this year, Japanese buyers took 18.4% of the catch.", 18.4,
     ("2023-04-01", "2024-03-31"), None),
    # negative: a number inside the relative clause keeps the clause's own period
    ("Exports, which rose 5% in May, fell 2% in June.", 5, ("2024-05-01", "2024-05-31"), "up"),
    # ---- a level stated with "a year earlier" / "the month before" right after it is the level of that earlier span
    ("Headline inflation cooled to 5.1% in October. It had stood at 9.3% a year earlier.", 9.3,
     ("2023-10-01", "2023-10-31"), None),
    ("The jobless rate was 3.9% in September, and it was 3.6% a year earlier.", 3.6, ("2023-09-01", "2023-09-30"), None),
    # negative: a change measured from a year earlier keeps its own period
    ("Headline inflation cooled to 5.1% in October. Food prices rose 7% from a year earlier.", 7, OCT, "up"),
]


@pytest.mark.parametrize(("text", "value", "period", "direction"), TABLE)
def test_unseen_wording(text: str, value: float, period: tuple[str, str] | None, direction: str | None) -> None:
    claim = claim_of(text, value)
    assert period_span(claim) == period, claim.period
    assert claim.direction == direction
