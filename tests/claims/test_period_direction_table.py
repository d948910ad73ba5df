"""Rule table: the period and direction of numeric claims in varied newsroom and machine-translation wording.

Every sentence is our own (none is copied from the corpus). All are read against one published date,
Friday 2024-11-15, under the gold conventions of the corpus guide: a period is the span the number
describes ([d, d] for a point such as "as of the end of June"); baselines ("a year earlier", "the
previous month", "the same period last year") are not periods; thresholds, policy-rate levels and
targets without a period have none. Direction is up/down for percentage changes (and for percentage
points), null for shares and levels; a figure has a direction only when it is itself a change amount.
"""

from __future__ import annotations

import pytest

from extractor import extract_text
from extractor.settings import Settings

PUBLISHED = "2024-11-15"  # a Friday
SETTINGS = Settings(kb=None)

OCT = ("2024-10-01", "2024-10-31")
SEP = ("2024-09-01", "2024-09-30")
Q3 = ("2024-07-01", "2024-09-30")
Q2 = ("2024-04-01", "2024-06-30")
H1 = ("2024-01-01", "2024-06-30")
JAN_OCT = ("2024-01-01", "2024-10-31")
JAN_SEP = ("2024-01-01", "2024-09-30")
Y2023 = ("2023-01-01", "2023-12-31")
Y2024 = ("2024-01-01", "2024-12-31")
Y2025 = ("2025-01-01", "2025-12-31")
NONE = None

_CACHE: dict[str, list] = {}


def numeric_claims(text: str) -> list:
    if text not in _CACHE:
        claims = extract_text(text, PUBLISHED, settings=SETTINGS).claims
        _CACHE[text] = [c for c in claims if c.kind in {"figure", "percentage"}]
    return _CACHE[text]


def claim_of(text: str, value: float):
    found = [c for c in numeric_claims(text) if abs(c.value - value) <= 1e-9 * max(1.0, abs(value))]
    assert found, f"no claim of {value} in {text!r}: {[c.value for c in numeric_claims(text)]}"
    return found[0]


def period_span(claim) -> tuple[str, str] | None:
    """A claim's period as ISO dates (None without one), as the tables state it."""
    return (claim.period.start.isoformat(), claim.period.end.isoformat()) if claim.period else None


# (text, value of the claim, expected period or None, expected direction or None)
TABLE: list[tuple[str, float, tuple[str, str] | None, str | None]] = [
    # ---- months, with and without a year
    ("China's exports rose 12.7% in October from a year earlier.", 12.7, OCT, "up"),
    ("Imports slid 3.9 percent in September 2023.", 3.9, ("2023-09-01", "2023-09-30"), "down"),
    ("Shipments of crude climbed 8.1% last month.", 8.1, OCT, "up"),
    ("Retail sales rose 0.4% in October from the previous month.", 0.4, OCT, "up"),
    ("Sales plunged 22% in October compared with the previous month.", 22, OCT, "down"),
    ("Exports were up 4.1% year on year in October.", 4.1, OCT, "up"),
    ("Soybean imports dropped 10% from the previous month to 7 million tons in October.", 10, OCT, "down"),
    ("Soybean imports dropped 10% from the previous month to 7 million tons in October.", 7e6, OCT, None),
    ("In October, the exports achieved 309 billion US dollars, a year-on-year increase of 12.7%.", 309e9, OCT, None),
    ("In October, the exports achieved 309 billion US dollars, a year-on-year increase of 12.7%.", 12.7, OCT, "up"),
    ("Coal imports totaled 45 million tons in October, down 9.2% year on year.", 45e6, OCT, None),
    ("Coal imports totaled 45 million tons in October, down 9.2% year on year.", 9.2, OCT, "down"),
    # ---- quarters
    ("Factory output expanded 4.5% in the third quarter.", 4.5, Q3, "up"),
    ("GDP grew 0.9% in Q3, the statistics office said.", 0.9, Q3, "up"),
    ("Operating profit shrank 15% in the July-September quarter.", 15, Q3, "down"),
    ("Revenue rose 6% in the quarter to June.", 6, Q2, "up"),
    ("Export prices rose 1.1 percent in the three months to September.", 1.1, Q3, "up"),
    ("Profits soared 40% in the third quarter of this year.", 40, Q3, "up"),
    ("Exports dropped 4% in the first quarter of 2023.", 4, ("2023-01-01", "2023-03-31"), "down"),
    ("Cargo volumes fell 3% in the quarter ending September.", 3, Q3, "down"),
    ("The surplus narrowed 11% in the quarter ended December 2023.", 11, ("2023-10-01", "2023-12-31"), "down"),
    ("Orders are forecast to rise 4% in the quarter ending March.", 4, ("2025-01-01", "2025-03-31"), "up"),
    ("Margins widened 2% in the quarter ended June 30.", 2, Q2, "up"),
    # ---- halves and cumulative periods
    ("Exports rebounded 7.2% in the first half.", 7.2, H1, "up"),
    ("Sales fell 2% in the second half of last year.", 2, ("2023-07-01", "2023-12-31"), "down"),
    ("Investment eased 2.1 percent in the first nine months of the year.", 2.1, JAN_SEP, "down"),
    ("Trade with ASEAN grew 6.4% in January-October.", 6.4, JAN_OCT, "up"),
    ("Car exports jumped 25% in Jan-Oct.", 25, JAN_OCT, "up"),
    ("From January to October, the trade surplus was 785 billion dollars.", 785e9, JAN_OCT, None),
    ("The import and export value of the first 10 months increased by 5.2 percent.", 5.2, JAN_OCT, "up"),
    ("In the first three quarters, cumulative output decreased by 1.8%.", 1.8, JAN_SEP, "down"),
    ("Steel output fell 3.6% year to date.", 3.6, ("2024-01-01", "2024-11-15"), "down"),
    ("So far this year, tourist arrivals have jumped 31%.", 31, ("2024-01-01", "2024-11-15"), "up"),
    ("Vietnam's exports rose 15% in the first 10 months compared with the same period of 2023.", 15, JAN_OCT, "up"),
    ("Exports rose 5% from the same period last year in the first ten months.", 5, JAN_OCT, "up"),
    # ---- points
    ("Foreign reserves stood at $3.26 trillion as of the end of June.", 3.26e12, ("2024-06-30", "2024-06-30"), None),
    ("As of the end of October, outstanding loans reached 255 trillion yuan.", 255e12, ("2024-10-31", "2024-10-31"), None),
    # ---- years and forecasts
    ("Exports reached $3.38 trillion last year.", 3.38e12, Y2023, None),
    ("Imports declined 5.5% in 2022.", 5.5, ("2022-01-01", "2022-12-31"), "down"),
    ("The economy is expected to grow 4.8% this year.", 4.8, Y2024, "up"),
    ("The IMF expects growth of 4.5% next year.", 4.5, Y2025, "up"),
    ("China's GDP is forecast to expand 5% in 2025.", 5, Y2025, "up"),
    ("Analysts expect exports to rise 5%-6% next year.", 5, Y2025, "up"),
    ("Analysts expect exports to rise 5%-6% next year.", 6, Y2025, "up"),
    # ---- fiscal years
    ("Japan's exports rose 3.2% in fiscal 2023.", 3.2, ("2023-04-01", "2024-03-31"), "up"),
    ("Toyota expects operating profit to fall 20% in FY2024, the Japanese carmaker said.", 20, ("2024-04-01", "2025-03-31"), "down"),
    ("The federal budget deficit widened 8% in fiscal 2024, the Treasury Department said.", 8, ("2023-10-01", "2024-09-30"), "up"),
    ("Net profit for the fiscal year ended March 31 rose 96%.", 96, ("2023-04-01", "2024-03-31"), "up"),
    ("Australian coal export earnings fell 6% in the 2023-24 fiscal year.", 6, ("2023-07-01", "2024-06-30"), "down"),
    ("Canberra expects the budget deficit to narrow 10% in fiscal 2025.", 10, ("2024-07-01", "2025-06-30"), "down"),
    ("Pakistan's remittances rose 11% in fiscal 2024.", 11, ("2023-07-01", "2024-06-30"), "up"),
    ("India's economy is projected to grow 6.5% in 2025-26.", 6.5, ("2025-04-01", "2026-03-31"), "up"),
    ("Coal exports totalled 350 million tonnes in 2023-24 and are expected to fall 3% in 2024-25, Canberra said.", 3,
     ("2024-07-01", "2025-06-30"), "down"),
    ("Coal exports totalled 350 million tonnes in 2023-24 and are expected to fall 3% in 2024-25, Canberra said.", 350e6,
     ("2023-07-01", "2024-06-30"), None),
    ("The miner said revenue rose 9% in the September quarter.", 9, Q3, "up"),
    ("Mortgage lending grew 2% in the June quarter of 2023.", 2, ("2023-04-01", "2023-06-30"), "up"),
    # ---- weeks and single days
    ("Crude stockpiles rose 4% in the week to Friday.", 4, ("2024-11-11", "2024-11-15"), "up"),
    ("Shares slipped 1.6% over the week to Nov. 8 and fell 0.8% over the week.", 0.8, ("2024-11-04", "2024-11-08"), "down"),
    ("Nvidia expects sales of $33 billion in its fiscal third quarter, which ends on Oct. 27.", 33e9, ("2024-07-29", "2024-10-27"), None),
    ("The yuan weakened 0.5% against the dollar last week.", 0.5, ("2024-11-04", "2024-11-10"), "down"),
    ("Shares of the carmaker plunged 9% on Tuesday.", 9, ("2024-11-12", "2024-11-12"), "down"),
    ("The Kospi lost 1.9% on the 3**, the exchange said.", 1.9, ("2024-11-03", "2024-11-03"), "down"),
    # ---- periods inherited from an earlier sentence or the headline
    ("In the first half, exports rose 6.9%. Imports fell 2.3%.", 2.3, H1, "down"),
    ("China's October exports beat forecasts\nExports rose 12.7% from a year earlier, customs data showed.", 12.7, OCT, "up"),
    # ---- a period after the number, two periods in one sentence
    ("Machinery exports rose 5%, year on year, to $300 billion in the first half of 2023.", 5, ("2023-01-01", "2023-06-30"), "up"),
    ("Exports rose 8% in October after falling 2% in September.", 8, OCT, "up"),
    ("Exports rose 8% in October after falling 2% in September.", 2, SEP, "down"),
    ("Imports fell 3% in October, compared with a 1.5% gain in September.", 3, OCT, "down"),
    ("Imports fell 3% in October, compared with a 1.5% gain in September.", 1.5, SEP, "up"),
    ("Exports fell 2.1% in October from a year earlier after rising 3.4% in September.", 3.4, SEP, "up"),
    ("Growth slowed to 4.6% in the third quarter from 4.7% in the second quarter.", 4.6, Q3, "up"),
    ("Growth slowed to 4.6% in the third quarter from 4.7% in the second quarter.", 4.7, Q2, "up"),
    ("Exports rose from $50 billion in September to $55 billion in October.", 50e9, SEP, None),
    ("Exports rose from $50 billion in September to $55 billion in October.", 55e9, OCT, None),
    # ---- levels set at a decision have its day (corpus/README.md), thresholds none
    ("The Bank of Korea cut its base rate to 3.25% on Thursday.", 3.25, ("2024-11-14", "2024-11-14"), None),
    ("The ECB held its deposit rate at 3.25% on Thursday, as expected.", 3.25, ("2024-11-14", "2024-11-14"), None),
    # the move itself happened on the decision day (fb-, fc-, fe- and ho- gold)
    ("The central bank raised its policy rate by 0.25 percentage point on Wednesday.", 0.25, ("2024-11-13", "2024-11-13"), "up"),
    ("Monthly exports exceeded $60 billion for the first time in October.", 60e9, NONE, None),
    # ---- direction: verbs and nouns
    ("Exports contracted 1.2% in October.", 1.2, OCT, "down"),
    ("The trade deficit widened 18% in October.", 18, OCT, "up"),
    ("The trade surplus narrowed 9.5% in October.", 9.5, OCT, "down"),
    ("Consumer prices eased 0.3% in October from September.", 0.3, OCT, "down"),
    ("Car sales posted a decline of 4.4% in October.", 4.4, OCT, "down"),
    ("Steel exports recorded a gain of 11% in October.", 11, OCT, "up"),
    ("Industrial profits recorded negative growth of 2.9% in the first ten months.", 2.9, JAN_OCT, "down"),
    ("Chip exports were 14% higher than a year earlier in October.", 14, OCT, "up"),
    ("Imports in October were 6% lower than a year earlier.", 6, OCT, "down"),
    ("EV sales reached 1.2 million units in October, 31.5% up on a year earlier.", 31.5, OCT, "up"),
    ("Shipments tumbled 17% in October.", 17, OCT, "down"),
    ("The won weakened 2.3% against the dollar in October.", 2.3, OCT, "down"),
    ("Output of crude steel shrank 3% in October.", 3, OCT, "down"),
    ("Inflation slowed 0.4 percentage point to 1.8% in October.", 0.4, OCT, "down"),
    ("The jobless rate rose 0.2 percentage points to 4.1% in October.", 0.2, OCT, "up"),
    ("Imports fell by $2.1 billion in October.", 2.1e9, OCT, "down"),
    ("Exports of $5 billion were recorded in October.", 5e9, OCT, None),
    ("The deficit shrank to $20 billion in October from $25 billion in September.", 20e9, OCT, None),
    ("The share of electric cars climbed to 36% in October.", 36, OCT, None),
    ("Home prices did not fall in October; they edged up 0.1%.", 0.1, OCT, "up"),
    ("Exports of chips declined by 12 percent in October, while imports picked up 3 percent.", 3, OCT, "up"),
    ("Investment in property dipped 10.3% in the first ten months.", 10.3, JAN_OCT, "down"),
    ("Producer prices posted a 2.9% drop in October.", 2.9, OCT, "down"),
    # ---- more wire and machine-translation wording
    ("In the first five months of this year, crude imports totaled 217 million tons.", 217e6, ("2024-01-01", "2024-05-31"), None),
    ("Container throughput for the whole of 2023 reached 39 million TEU.", 39e6, Y2023, None),
    ("GDP expanded 4.6% in July-September, slower than the 4.7% pace in April-June.", 4.7, Q2, "up"),
    ("The economy grew 0.9% in the third quarter, up from 0.5% in the previous quarter.", 0.5, Q2, "up"),
    ("Retail sales rose 4.8% in October, the fastest pace since February.", 4.8, OCT, "up"),
    ("Imports for the January-May period rose 3.3%.", 3.3, ("2024-01-01", "2024-05-31"), "up"),
    ("In the 12 months through September, the surplus rose 7%.", 7, ("2023-10-01", "2024-09-30"), "up"),
    ("Prices rose 0.3% month-on-month in October, reversing a 0.1% fall the month before.", 0.1, SEP, "down"),
    ("The 3rd quarter GDP increased 4.6% compared to the same period last year.", 4.6, Q3, "up"),
    ("Sales in H1 2024 rose 12%.", 12, H1, "up"),
    ("Exports rose 3% in the year through March.", 3, ("2023-04-01", "2024-03-31"), "up"),
    ("Foreign direct investment fell 29.8% in January-October from a year earlier to 691.2 billion yuan.", 691.2e9, JAN_OCT, None),
    ("Foreign direct investment fell 29.8% in January-October from a year earlier to 691.2 billion yuan.", 29.8, JAN_OCT, "down"),
    ("The trade surplus widened to $95.7 billion in October from $81.7 billion in September.", 81.7e9, SEP, None),
    ("Sales grew 3% in October after declining 1% in the previous month.", 1, SEP, "down"),
    ("Exports to the US surged 8.1% in October, while those to the EU slipped 1.2%.", 1.2, OCT, "down"),
    ("Pork prices have climbed 15 per cent since June.", 15, ("2024-06-01", "2024-11-15"), "up"),
    ("Output grew 6.1% in the first 11 months of 2023.", 6.1, ("2023-01-01", "2023-11-30"), "up"),
    ("A tariff of 25% will take effect on Jan. 1.", 25, NONE, None),
    ("The unemployment rate was 5% in October, 0.1 percentage point lower than in September.", 0.1, OCT, "down"),
    ("Exports grew 9.1% on-year to $57.5 billion in the first 10 days of November.", 9.1, ("2024-11-01", "2024-11-10"), "up"),
    ("Exports of the period from January to October rose by 5.1 percent year-on-year.", 5.1, JAN_OCT, "up"),
    ("The value of new orders increased by 26% compared to a year ago and reached $48 billion in October.", 48e9, OCT, None),
    ("Automobile exports shrank by 3.1 percent in the same month, the association said.", 3.1, NONE, "down"),
    ("Exports climbed to $310 billion in October, the fastest pace since May 2022.", 310e9, OCT, None),
    ("The bank will raise its growth forecast for 2025 to about 4% at next week's meeting, from 3.9%.", 3.9, Y2025, "up"),
    ("Exports in the year to date as of November 10 rose 6.1%.", 6.1, ("2024-01-01", "2024-11-10"), "up"),
    ("The yen has weakened about 8% against the dollar this year.", 8, ("2024-01-01", "2024-11-15"), "down"),
    ("In the first ten days of November, shipments fell to $4.9 billion from $5.65 billion in the same period last year.",
     5.65e9, ("2023-11-01", "2023-11-10"), None),
    ("Growth should pick up to 1.2% in the first half, the governor said.", 1.2, ("2025-01-01", "2025-06-30"), "up"),
    ("Retail sales grew 4.8% in October, faster than the 3.2% rise in September.", 3.2, SEP, "up"),
    # ---- compared values: revised readings, comparatives, "up to" on a cut
    ("Steel duties will be cut by up to 30% in 2025.", 30, Y2025, "down"),
    ("Unemployment stood at 4.1% in October, higher than 3.9% in September.", 3.9, SEP, None),
    ("GDP grew 0.8% in the third quarter, compared with an initial estimate of 0.6%.", 0.6, Q3, "up"),
    ("Exports grew 2% in the third quarter, down from an upwardly revised 3.1% in the second quarter.", 3.1, Q2, "up"),
    ("Shipments fell 4% in October, a steeper drop than the 2.5% decline economists had expected.", 2.5, OCT, "down"),
    ("The stimulus would lift growth by 0.4 percentage point in 2025.", 0.4, Y2025, "up"),
    # ---- a compared value's period ("from 4.9% in June") is that value's only, in its sentence and after it
    ("Inflation quickened to 7.4% in July from 4.9% in June, with food prices up 11.5% from a year earlier.", 11.5,
     ("2024-07-01", "2024-07-31"), "up"),
    ("In the first seven months, nickel exports rose 58%. The shipments earned $587 million, up from $412 million in "
     "January-July 2023. China took 96.4% of the volume.", 96.4, ("2024-01-01", "2024-07-31"), None),
    ("The bank raised its price forecast for fiscal 2024 to 2.7% from 2.5% and for fiscal 2025 to 2.4% from 1.9%.", 2.4,
     ("2025-04-01", "2026-03-31"), None),
    ("Van deliveries fell from 31,000 units in the April-June quarter of last year to 27,500 units in the same quarter "
     "this year.", 27500, Q2, None),
    # ---- sizes of policy instruments and the trade a policy covers, general statements, forecasts: no carried period
    ("In October, soybean exports rose 5%. Beijing kept its 25% tariff on $50 billion of US goods.", 50e9, NONE, None),
    ("The ministry paid out the first $4.7 billion tranche of the aid in September.", 4.7e9, NONE, None),
    ("Iron ore exports rose 4% in October. Australian ore typically grades 62% iron.", 62, NONE, None),
    ("Soybean exports fell 2% in October. One analyst expects the harvest at 120 million tonnes.", 120e6, NONE, None),
    ("Japan's cabinet approved a 13.9 trillion yen extra budget in November.", 13.9e12, NONE, None),
    ("The government passed an extra budget of 21.8 trillion yen for fiscal 2024.", 21.8e12, ("2024-04-01", "2025-03-31"), None),
    ("GDP posted a 4.1% annualized contraction in the third quarter.", 4.1, Q3, "down"),
    ("Since March, the central bank has cut its key rate by a cumulative 1.5 percentage points.", 1.5, NONE, "down"),
    ("Tractor exports reached 91,000 units last year, an increase of 12.4% over the previous year.", 12.4, Y2023, "up"),
    # ---- a year as a noun modifier, "the full year" after a forecast year, range ends, growth caps, list items
    ("The ministry slashed its 2025 growth forecast to 4.2%.", 4.2, Y2025, "up"),
    ("The government raised its 2024 export target to $700 billion.", 700e9, Y2024, None),
    ("Hyundai sold 2025 vehicles in October.", 2025, OCT, None),
    ("Intel said the rules would reduce its 2025 revenue by $300 million to $400 million.", 400e6, Y2025, "down"),
    ("Intel said the rules would reduce its 2025 revenue by $300 million to $400 million.", 300e6, Y2025, "down"),
    ("The bank sees GDP growing 2.2% in 2024, down from the 2.4% it projected in August, and 1.9% next year.", 1.9, Y2025, "up"),
    ("The bank sees GDP growing 2.2% this year and 1.9% next year. It expects inflation of 2.3% for the full year.", 2.3, Y2024, None),
    ("Regulators told banks to keep the growth of mortgage loans within 4 percent to 5 percent this year.", 4, Y2024, "up"),
    ("Regulators told banks to keep the growth of mortgage loans within 4 percent to 5 percent this year.", 5, Y2024, "up"),
    ("The central bank expects growth of 3 percent and inflation of 2 percent next year.", 3, Y2025, "up"),
    ("The central bank expects growth of 3 percent and inflation of 2 percent next year.", 2, Y2025, None),
    ("Exports fell 2.4% in October, with shipments to Japan sliding 8.1% to $4.9 billion.", 8.1, OCT, "down"),
    ("The bank cut its policy rate to 3%, and lowered its GDP growth forecast to 2.1%.", 2.1, NONE, "up"),
    ("The bank raised its core CPI forecast for fiscal 2024 to 2.6 percent from 2.4 percent and for fiscal 2025 to 2.2% from 2%.",
     2.2, ("2025-04-01", "2026-03-31"), "up"),
]


@pytest.mark.parametrize(("text", "value", "period", "direction"), TABLE)
def test_period_and_direction(text: str, value: float, period: tuple[str, str] | None, direction: str | None) -> None:
    c = claim_of(text, value)
    got = period_span(c)
    assert (got, c.direction) == (period, direction)


def table_scores() -> dict[str, float]:
    """Period and direction accuracy over the table (for the report: `python -m tests.claims.test_period_direction_table`)."""
    period_ok = direction_ok = 0
    for text, value, period, direction in TABLE:
        found = [c for c in numeric_claims(text) if abs(c.value - value) <= 1e-9 * max(1.0, abs(value))]
        if not found:
            continue
        c = found[0]
        got = period_span(c)
        period_ok += got == period
        direction_ok += c.direction == direction
    return {"rows": len(TABLE), "period": period_ok / len(TABLE), "direction": direction_ok / len(TABLE)}


if __name__ == "__main__":
    print(table_scores())
