"""Figure and percentage claims through the whole pipeline: measure, direction, period, subject."""

from __future__ import annotations

import pytest

from extractor import extract_text
from extractor.settings import Settings

FAST = Settings(kb=None)


def claims(text: str, published: str | None = "2024-06-15") -> list:
    return [c for c in extract_text(text, published, settings=FAST).claims if c.kind in {"figure", "percentage"}]


@pytest.mark.parametrize(
    ("text", "measure", "direction"),
    [
        ("Vietnam's imports rose 12.4% in May.", "change", "up"),
        ("Car sales were down 3.1 percent from a year earlier.", "change", "down"),
        ("Output showed a decrease of 0.6% on the month.", "change", "down"),
        ("Profits posted a 9% increase over the period.", "change", "up"),
        ("Exports contracted 2.2% in the quarter.", "change", "down"),
        ("Machinery accounted for 41.5% of total shipments.", "share", None),
        ("Chips made up 18% of the country's exports.", "share", None),
        ("The EU imposed a tariff of 35.3% on the cars.", "level", None),
        ("The central bank raised its policy rate to 0.5%.", "level", None),
        ("Unemployment stood at 2.9% in April.", "level", None),
        ("Growth was 0.5 percentage points faster than in March.", "points", "up"),
        ("Inflation ran 0.3 percentage points slower.", "points", "down"),
        ("The bank cut rates by 25 basis points.", "points", "down"),
        ("Its share slipped to 14.8%, down from 17.2% a year earlier.", "share", None),
        ("Its market share fell to 14.8%, down from 17.2% a year earlier.", "share", None),
    ],
)
def test_percentage_measure_and_direction(text: str, measure: str, direction: str | None) -> None:
    (c, *_) = [c for c in claims(text) if c.kind == "percentage"]
    assert (c.measure, c.direction) == (measure, direction)


def test_change_keeps_its_baseline() -> None:
    (c,) = claims("Shipments rose 7.1% year on year in May.")
    assert c.baseline and "year on year" in c.baseline


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("Imports fell by $2.1 billion in May.", "down"),
        ("The surplus widened by 3 trillion won.", "up"),
        ("Exports were $55.8 billion in May.", None),
    ],
)
def test_figure_direction_only_for_change_amounts(text: str, direction: str | None) -> None:
    (c,) = claims(text)
    assert c.direction == direction


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("In the first half, Japan's exports rose 4.2%.", "2024-01-01", "2024-06-30"),
        ("Exports to ASEAN grew 8% in April.", "2024-04-01", "2024-04-30"),
        ("In the first quarter, exports rose 4.2%. Imports fell 1.1%.", "2024-01-01", "2024-03-31"),
    ],
)
def test_period_of_the_last_claim(text: str, start: str, end: str) -> None:
    c = claims(text)[-1]
    assert (str(c.period.start), str(c.period.end)) == (start, end)


def test_rates_do_not_inherit_an_earlier_period() -> None:
    c = claims("In May, inflation eased. The bank held its policy rate at 3.5%.")[-1]
    assert c.period is None


def test_subject_and_metric_from_the_parse() -> None:
    (c,) = claims("South Korea's exports to China were $11.4 billion in May.")
    assert c.subject == "South Korea" and c.metric == "exports to China"


def test_attribution() -> None:
    (c,) = claims("Exports rose 5.5% in May, according to the Ministry of Commerce.")
    assert c.attribution == "the Ministry of Commerce"
