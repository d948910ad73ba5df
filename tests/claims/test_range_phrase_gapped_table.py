"""Rule tables: a range's low end reads its period where its high end does; a level noun after a phrase opener is not
the noun a percentage qualifies; a gapped list item is as past as the verb it leaves out.

Our own sentences, read against Friday 2024-11-15 (tests.claims.test_period_direction_table).
- "from 5,200 to 6,100 pesos per sack": the unit after the high end makes the whole range a unit price (no period),
  and "between 1.2% and 1.8% next year" gives both ends next year.
- "slid 4% on tariff worries", "jumped 9% after the duty cut": the level noun ("tariff", "duty") belongs to the phrase
  "on"/"after" opens, so the percentage is the move, not a tariff rate ("a 12% tariff on steel" still is one).
- "Of that, sedans made up $9.1 billion, trucks $4.4 billion and buses $0.8 billion": the gapped items (which the
  parse may read as present-tense verbs) share the past tense of "made up" and so the period of the sentence before.
"""

from __future__ import annotations

import pytest

from tests.claims.test_period_direction_table import claim_of, numeric_claims, period_span

Y2023 = ("2023-01-01", "2023-12-31")
Y2025 = ("2025-01-01", "2025-12-31")
H1 = ("2024-01-01", "2024-06-30")
JAN_SEP = ("2024-01-01", "2024-09-30")
OCT = ("2024-10-01", "2024-10-31")

# (text, value of the claim, expected period or None)
RANGE_PERIODS: list[tuple[str, float, tuple[str, str] | None]] = [
    # ---- a unit after the high end: both ends are unit prices without a period
    ("Rice exports rose 8% in October. Mill prices ranged from 5,200 to 6,100 pesos per sack.", 5200, None),
    ("Rice exports rose 8% in October. Mill prices ranged from 5,200 to 6,100 pesos per sack.", 6100, None),
    ("Copper output fell 3% in 2023, and smelters were paid between $80 and $95 per tonne to process concentrate.", 80, None),
    ("Imports priced above $410 to $530 per tonne are exempt from the new duty announced in October.", 410, None),
    # ---- a period after the high end dates both ends
    ("Analysts expect the economy to grow between 1.2% and 1.8% in 2025.", 1.2, Y2025),
    ("Analysts expect the economy to grow between 1.2% and 1.8% in 2025.", 1.8, Y2025),
    ("The ministry estimates that cotton exports brought in $2.1 billion to $2.4 billion in October.", 2.1e9, OCT),
    # ---- negative rows: a change "from X to Y" is no range, each end keeps its own reading
    ("Diesel rose from 31 pesos a litre in January to 36 pesos a litre in October.", 31, ("2024-01-01", "2024-01-31")),
    ("Sales climbed 12% to $6.2 billion in 2023 from $5.5 billion.", 6.2e9, Y2023),
]


@pytest.mark.parametrize(("text", "value", "period"), RANGE_PERIODS)
def test_range_low_end_period(text: str, value: float, period: tuple[str, str] | None) -> None:
    assert period_span(claim_of(text, value)) == period


# (text, value, expected measure, expected direction)
OPENED_PHRASES: list[tuple[str, float, str, str | None]] = [
    ("Shares of the miner slid 4% on tariff worries.", 4, "change", "down"),
    ("Vietnam's October steel imports jump 9% after duty cut", 9, "change", "up"),
    ("The carmaker's stock gained 2.5% as the levy took effect.", 2.5, "change", "up"),
    ("Bond prices dropped 1.1% amid rate fears, while the yen rose 0.4% despite tax changes.", 1.1, "change", "down"),
    ("Bond prices dropped 1.1% amid rate fears, while the yen rose 0.4% despite tax changes.", 0.4, "change", "up"),
    # ---- negative rows: the noun right after the number is what it is
    ("The government imposed a 12% tariff on steel from January.", 12, "level", None),
    ("Brazil set a 20 percent import duty on solar panels.", 20, "level", None),
    ("The bank kept a 2% inflation target for the next three years.", 2, "level", None),
]


@pytest.mark.parametrize(("text", "value", "measure", "direction"), OPENED_PHRASES)
def test_level_noun_after_phrase_opener(text: str, value: float, measure: str, direction: str | None) -> None:
    claim = claim_of(text, value)
    assert (claim.measure, claim.direction) == (measure, direction)


# (text, value, expected period or None)
GAPPED: list[tuple[str, float, tuple[str, str] | None]] = [
    ("Vehicle exports reached $14.3 billion in the first half. Of that, sedans made up $9.1 billion, trucks $4.4 billion "
     "and buses $0.8 billion.", 4.4e9, H1),
    ("Vehicle exports reached $14.3 billion in the first half. Of that, sedans made up $9.1 billion, trucks $4.4 billion "
     "and buses $0.8 billion.", 0.8e9, H1),
    ("Farm shipments totalled $8.6 billion in the first nine months. Of the total, grains accounted for $3.9 billion, "
     "oilseeds $2.7 billion and fruit $1.1 billion.", 2.7e9, JAN_SEP),
    # ---- negative rows: a conjunct with a subject or auxiliary of its own keeps its tense
    ("Vehicle exports reached $14.3 billion in the first half. Truck sales fell sharply and are now worth about $4 billion "
     "a year.", 4e9, None),
    ("Vehicle exports reached $14.3 billion in the first half. The fleet is large and its value stands at $30 billion.",
     30e9, None),
]


@pytest.mark.parametrize(("text", "value", "period"), GAPPED)
def test_gapped_list_item_period(text: str, value: float, period: tuple[str, str] | None) -> None:
    assert period_span(claim_of(text, value)) == period


def test_rows_name_one_claim() -> None:
    """Each row's value names exactly one claim of its sentence (so a row cannot pass on another number)."""
    for text, value, *_ in RANGE_PERIODS + OPENED_PHRASES + GAPPED:
        assert sum(1 for c in numeric_claims(text) if abs(c.value - value) < 1e-6 * max(1, abs(value))) == 1, (text, value)
