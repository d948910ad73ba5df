"""Rule table: which later sentences continue the period of an earlier one.

Our own two-sentence paragraphs, read against Friday 2024-11-15. A sentence in the past tense without a period of its
own continues the period of the sentence before ("In October, exports rose 5%. Imports fell 2%."); one in the present
(perfect) tense or with a modal tells how things stand or may be, and continues none.
"""

from __future__ import annotations

import pytest

from tests.claims.test_period_direction_table import claim_of, period_span

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
    got = period_span(c)
    assert got == period


# (text, value of the claim, expected period or None): the date of a one-off act named beside an amount, and the span
# a sentence opens with "From ... to ..."
ACTS: list[tuple[str, float, tuple[str, str] | None]] = [
    ("The ministry's $4 billion guarantee scheme, unveiled in March, will back loans to exporters.", 4e9, None),
    ("Lenders have drawn $2.5 billion under a facility launched in January 2022 that offers cheap funding.", 2.5e9, None),
    ("The $30 billion swap line between the two central banks, renewed last year, runs for five years.", 30e9, None),
    ("The treaty ends a waiver introduced in May 2020 that let firms export ore with less than 2.1% copper.", 2.1, None),
    # ... a measuring participle keeps its date
    ("Inflation eased to 5.2%, well below the 9.8% peak reached in October 2022.", 9.8, ("2022-10-01", "2022-10-31")),
    ("Exports rose 6% in September, with the $40 billion of orders booked in September lifting shipments.", 6,
     ("2024-09-01", "2024-09-30")),
    # ---- "From January to August" spans the time, it is no "from X to Y" of values
    ("From January to August, steel exports rose 12% year on year to 71.4 million tons.", 71.4e6, ("2024-01-01", "2024-08-31")),
    ("From April to June this year, car exports climbed 9% to 1.4 million vehicles.", 1.4e6, ("2024-04-01", "2024-06-30")),
    ("Sales rose from 1.1 million vehicles in April to 1.3 million vehicles.", 1.1e6, ("2024-04-01", "2024-04-30")),
    # ---- a time phrase of a relative clause dates that clause's noun: later sentences do not continue it
    ("The bank cut its rate to 6%, where it had stood since March. Analysts had expected a cut of 0.25 percentage point.",
     0.25, None),
    ("Exports, which had grown in every month since January, fell in October. Imports fell 3.2%.", 3.2,
     ("2024-10-01", "2024-10-31")),
    # ---- a relative clause in the past tense after a future one speaks of the past ("which stood at ... in June")
    ("The governor said the bank will keep watching inflation, which stood at 2.6% in June.", 2.6, ("2024-06-01", "2024-06-30")),
    ("The governor said the bank will keep watching inflation, which will peak at 3.1% in June.", 3.1,
     ("2025-06-01", "2025-06-30")),
]


@pytest.mark.parametrize(("text", "value", "period"), ACTS)
def test_act_dates_and_time_spans(text: str, value: float, period: tuple[str, str] | None) -> None:
    c = claim_of(text, value)
    got = period_span(c)
    assert got == period
