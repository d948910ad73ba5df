"""Rule tables: the period a measuring participle gives the number it qualifies, and the direction of a "by <amount>"
change whose verb stands far back.

Our own sentences, read against Friday 2024-11-15 (tests.claims.test_period_direction_table). "the 9.1% peak reached
in March 2022": the participle clause tells when that number was measured, even where the sentence reports another
period or compares with it ("lower than", "barely a third of"); that date belongs to no other number of the sentence.
A one-off act's participle ("announced in April") dates the act, not the amount. "cut the price of ... by 40 cents":
the parse hangs "by" on the change verb, however long the object in between.
"""

from __future__ import annotations

import pytest

from tests.claims.test_period_direction_table import claim_of, period_span

FY2122 = ("2021-07-01", "2022-06-30")
FY2223 = ("2022-07-01", "2023-06-30")
FY2324 = ("2023-07-01", "2024-06-30")
MAR22 = ("2022-03-01", "2022-03-31")
Y2021 = ("2021-01-01", "2021-12-31")
SEP = ("2024-09-01", "2024-09-30")

# (text, value of the claim, expected period or None)
PERIODS: list[tuple[str, float, tuple[str, str] | None]] = [
    # ---- a measuring participle on the number's noun dates that number
    ("Coal export earnings slid to A$61 billion in 2023-24, barely half the A$127 billion peak reached in 2022-23.",
     127e9, FY2223),
    ("Coal export earnings slid to A$61 billion in 2023-24, barely half the A$127 billion peak reached in 2022-23.",
     61e9, FY2324),
    ("Annual inflation slowed to 4.2% in September, far lower than the 9.1% high hit in March 2022.", 9.1, MAR22),
    ("Annual inflation slowed to 4.2% in September, far lower than the 9.1% high hit in March 2022.", 4.2, SEP),
    ("In September the current account gap shrank to $2.4 billion from a record $6.3 billion posted in 2021.", 6.3e9, Y2021),
    ("Wheat sales were worth A$3.3 billion in 2023-24, well short of the A$5.1 billion recorded in 2021-22.", 5.1e9, FY2122),
    # ---- that date is no other number's
    ("The policy rate now stands at 5.25%, below the 6.5% peak touched in March 2022.", 6.5, MAR22),
    ("Mortgage rates eased to 6.1%, well under the 7.8% high seen in March 2022.", 6.1, None),
    # ---- an act's participle dates the act, not the amount (negative rows)
    ("The $3 billion credit facility, announced in March 2022, is still largely unused.", 3e9, None),
    ("A 9% export levy introduced in March 2022 still applies to raw cashew nuts.", 9, None),
]


@pytest.mark.parametrize(("text", "value", "period"), PERIODS)
def test_participle_period(text: str, value: float, period: tuple[str, str] | None) -> None:
    assert period_span(claim_of(text, value)) == period


# (text, value of the figure, expected direction)
BY_VERB: list[tuple[str, float, str | None]] = [
    ("The refiner lowered the list price of its medium sour grade for buyers in northern Europe by about 40 cents a barrel.",
     0.4, "down"),
    ("The board raised the guaranteed purchase price for wheat grown in the 2025 marketing season by 150 rupees.", 150, "up"),
    ("Shipyards increased their combined backlog of orders from European and Gulf owners by 2.3 million tons.", 2.3e6, "up"),
    ("The utility cut the monthly fixed charge for households and small shops in rural districts by 12 pesos.", 12, "down"),
    # ---- "by" on a word that is no change: a level, not a change amount (negative rows)
    ("The company expects revenue to reach $5 billion next year, helped by $300 million of new defence contracts.", 3e8, None),
    ("The container terminal was bought from its founding family by a consortium of pension funds for $1.3 billion.",
     1.3e9, None),
    ("The factory, which was badly damaged by a $40 million fire, resumed output.", 4e7, None),
]


@pytest.mark.parametrize(("text", "value", "direction"), BY_VERB)
def test_by_verb_direction(text: str, value: float, direction: str | None) -> None:
    assert claim_of(text, value).direction == direction


# (text, value of the figure, expected period or None): a sum undertaken to be handed over is a one-off commitment; its
# horizon ("over the next five years", "through 2027") is no period of the amount
PLEDGES: list[tuple[str, float, tuple[str, str] | None]] = [
    ("At the forum in June, Japan pledged to provide 65 billion yen in development aid to Pacific islands over the next "
     "five years.", 65e9, None),
    ("The agency plans to lend 800 billion won to small exporters through 2027.", 800e9, None),
    ("The two governments agreed to allocate 4 billion euros to the rail link over the next decade.", 4e9, None),
    # ---- what was handed over in a span, or a purchase plan, keeps its period (negative rows)
    ("Development banks provided 2.1 billion euros of loans to the region in 2023.", 2.1e9, ("2023-01-01", "2023-12-31")),
    ("Commercial banks extended 1.6 trillion yuan of new loans in September.", 1.6e12, SEP),
]


@pytest.mark.parametrize(("text", "value", "period"), PLEDGES)
def test_pledged_amount_has_no_period(text: str, value: float, period: tuple[str, str] | None) -> None:
    assert period_span(claim_of(text, value)) == period
