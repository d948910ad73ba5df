"""Rule table: a percentage change followed by the level it reached, and a "from" that names a source.

Our own sentences, read against Friday 2024-11-15 (the conventions of tests/claims/test_period_direction_table.py).
"X% to Y" with a bare Y is a change and the level reached (an index, an exchange rate), never a range of percentages;
"imports from Russia" names where goods came from, so a later "to $Y" is no to-part of a "from X to Y" change.
"""

from __future__ import annotations

import pytest

from tests.claims.test_period_direction_table import claim_of, numeric_claims, period_span

OCT = ("2024-10-01", "2024-10-31")
MAY = ("2024-05-01", "2024-05-31")
H1 = ("2024-01-01", "2024-06-30")
Y2022 = ("2022-01-01", "2022-12-31")

# (text, value of the percentage change, direction, the bare level that must not become a percentage)
LEVELS: list[tuple[str, float, str, float]] = [
    ("The won weakened 0.6% to 1,392.5 per dollar on Wednesday.", 0.6, "down", 1392.5),
    ("The Kospi index gained 1.8% to 2,560 points.", 1.8, "up", 2560),
    ("The peso slid 1.1% to 58.7 against the dollar last week.", 1.1, "down", 58.7),
    ("The Hang Seng dropped 2.3% to 19,450.", 2.3, "down", 19450),
]


@pytest.mark.parametrize(("text", "value", "direction", "level"), LEVELS)
def test_change_then_level_is_no_range(text: str, value: float, direction: str, level: float) -> None:
    claim = claim_of(text, value)
    assert (claim.qualifier, claim.direction) == (None, direction), text
    assert not [c for c in numeric_claims(text) if c.kind == "percentage" and abs(c.value - level) < 1e-9], text


# ranges of percentages stay ranges: (text, low, high)
RANGES: list[tuple[str, float, float]] = [
    ("Economists expect growth of 4.5% to 5 percent next year.", 4.5, 5),
    ("The bank sees inflation at 2 to 3 percent.", 2, 3),
    ("Duties of 12%-18% apply to the panels.", 12, 18),
]


@pytest.mark.parametrize(("text", "low", "high"), RANGES)
def test_percent_ranges_stay_ranges(text: str, low: float, high: float) -> None:
    assert (claim_of(text, low).qualifier, claim_of(text, high).qualifier) == ("range_low", "range_high"), text


# (text, value, expected period)
SOURCES: list[tuple[str, float, tuple[str, str] | None]] = [
    ("Imports from Brazil fell 9.5% in October to $4.1 billion.", 4.1e9, OCT),
    ("Shipments from the United States rose 7% in the first half to $52 billion.", 52e9, H1),
    ("Purchases from Japanese suppliers jumped 14% in May to 2.2 million tons.", 2.2e6, MAY),
    # a from-value still makes a "from X to Y" change, its own year its own
    ("Exports grew from A$2.9 billion in 2022 to A$3.3 billion.", 2.9e9, Y2022),
    ("Steel output climbed from 8,000 tons to 9,500 tons in 2022.", 9_500, Y2022),
    ("Sales from the same stores rose in October from 310 units to 355 units.", 355, OCT),
]


@pytest.mark.parametrize(("text", "value", "period"), SOURCES)
def test_from_a_source_is_no_from_value(text: str, value: float, period: tuple[str, str] | None) -> None:
    claim = claim_of(text, value)
    got = period_span(claim)
    assert got == period, text


# a move in percentage points, then the level it reached: two claims, no range (text, points value, level value)
POINTS_THEN_LEVEL: list[tuple[str, float, float]] = [
    ("The jobless rate fell 0.3 percentage point to 4.1% in September.", 0.3, 4.1),
    ("The savings ratio climbed 1.2 percentage points to 9.8%.", 1.2, 9.8),
]


@pytest.mark.parametrize(("text", "points", "level"), POINTS_THEN_LEVEL)
def test_points_then_level_is_no_range(text: str, points: float, level: float) -> None:
    move, reached = claim_of(text, points), claim_of(text, level)
    assert (move.measure, move.qualifier, reached.measure, reached.qualifier) == ("points", None, "level", None), text


# a comparative of pace is not the number's way: (text, value, direction)
PACE: list[tuple[str, float, str]] = [
    ("Factory output grew at a slower pace of 3.9% in August.", 3.9, "up"),
    ("Home sales fell at a faster clip of 8.2% in the third quarter.", 8.2, "down"),
    ("Exports picked up pace, rising 5.3% in May.", 5.3, "up"),
    ("The economy expanded at a weaker pace of 1.1% last quarter.", 1.1, "up"),
    # without a pace noun a comparative still tells the way
    ("Shipments were 4% lower than a year earlier.", 4, "down"),
]


@pytest.mark.parametrize(("text", "value", "direction"), PACE)
def test_pace_comparative(text: str, value: float, direction: str) -> None:
    assert claim_of(text, value).direction == direction, text


# "more" / "less" / "fewer" after a percentage tell its way when no cue word does: (text, value, direction)
MORE_LESS: list[tuple[str, float, str]] = [
    ("Tea shipments reached 310,000 tonnes, 9% more than in 2021.", 9, "up"),
    ("Coal output was 4% less than planned.", 4, "down"),
    ("Tourist arrivals were 12% fewer than a year earlier.", 12, "down"),
    # a cue word still wins: "fell 7% more than forecast" fell
    ("Sales fell 7% more than forecast.", 7, "down"),
    ("Exports rose 3% more than expected.", 3, "up"),
]


@pytest.mark.parametrize(("text", "value", "direction"), MORE_LESS)
def test_more_less_after(text: str, value: float, direction: str) -> None:
    claim = claim_of(text, value)
    assert (claim.measure, claim.direction) == ("change", direction), text


# "share" modifying another noun ("share price") makes no share: (text, value, measure, direction)
SHARE_NOUN: list[tuple[str, float, str, str | None]] = [
    ("The group's share price slid 6.5% after the results.", 6.5, "change", "down"),
    ("The Kospi share index climbed 2.2%.", 2.2, "change", "up"),
    ("The share of services in output rose to 54%.", 54, "share", None),
    ("Its share of the smartphone market rose to 19% in the third quarter.", 19, "share", None),
]


@pytest.mark.parametrize(("text", "value", "measure", "direction"), SHARE_NOUN)
def test_share_as_modifier(text: str, value: float, measure: str, direction: str | None) -> None:
    claim = claim_of(text, value)
    assert (claim.measure, claim.direction) == (measure, direction), text
