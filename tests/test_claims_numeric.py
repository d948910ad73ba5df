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


def _claim(text: str, evidence: str, published: str = "2024-06-15"):
    """The figure or percentage claim whose evidence is `evidence`."""
    found = [c for c in claims(text, published) if c.evidence.text == evidence]
    assert found, f"{evidence!r} not among {[c.evidence.text for c in claims(text, published)]}"
    return found[0]


def _period(c) -> tuple[str, str] | None:
    return (str(c.period.start), str(c.period.end)) if c.period else None


@pytest.mark.parametrize(
    ("text", "evidence", "published", "expected"),
    [
        # thresholds, unit rates and prices describe no period
        ("In November, exports rose. Exports to China exceeded $10 billion for four months.", "$10 billion", "2023-12-04", None),
        ("For the full year 2021, orders hit $674.1 billion, topping $600 billion for the first time.", "$600 billion", "2022-01-20", None),
        ("In January, the government began providing 7 yen per kilowatt-hour of electricity.", "7 yen", "2023-01-19", None),
        ("China could be a $50 billion market this year, growing about 50% a year.", "50%", "2025-08-27", None),
        ("In the third quarter, shipments rose 5%. The phone is priced from 6,999 yuan ($957).", "$957", "2023-10-27", None),
        ("Purchases in 2024 are exempt from the tax, capped at 30,000 yuan per vehicle.", "30,000 yuan", "2024-03-27", None),
        # ... but a number "a year earlier" is a compared value, not a rate
        ("Huawei shipped 8.7 million units in the third quarter, lifting its share to 12.9% from 9.6% a year earlier.",
         "9.6%", "2023-10-27", ("2022-07-01", "2022-09-30")),
        ("China posted a surplus of $261 billion in 2025, up from $189.8 billion a year earlier.", "$189.8 billion", "2026-01-14",
         ("2024-01-01", "2024-12-31")),
        # policy rates, tariffs, duties and targets hold from a date on: no period even beside one
        ("In May, the ECB lowered the deposit facility rate to 2%.", "2%", "2025-06-06", None),
        ("In June, the main refinancing operations rate was lowered to 2.15%.", "2.15%", "2025-06-06", None),
        ("Last year Washington set tariffs of 19% on most exporters.", "19%", "2026-01-14", None),
        # rates measured over a period keep it, margins carry it like changes
        ("The unemployment rate was 2.9% in April.", "2.9%", "2024-06-15", ("2024-04-01", "2024-04-30")),
        ("In the fourth quarter, revenue rose 14%. Gross margin was 53.0 percent.", "53.0 percent", "2024-01-19",
         ("2023-10-01", "2023-12-31")),
        # a stock at the end of a month, in its sentence and the next
        ("At the end of April, M2 was 325.17 trillion yuan, up 8 percent. Loans were 265.7 trillion yuan.",
         "265.7 trillion yuan", "2025-05-16", ("2025-04-30", "2025-04-30")),
        # the carried period is the first of the latest earlier sentence, not a compared value's
        ("Exports in October fell 6%, wider than the decline in September. The surplus was $65.5 billion.",
         "$65.5 billion", "2023-11-07", ("2023-10-01", "2023-10-31")),
        # "for the year" stands for the year of the period mentioned before
        ("In December alone, exports fell 14%. The US took shipments of $109.4 billion for the year.", "$109.4 billion",
         "2023-01-04", ("2022-01-01", "2022-12-31")),
        # a future-tense sentence does not inherit the reported period
        ("In December, re-exports rose 3%. The US will halve the tariff on about $120 billion of goods.", "$120 billion",
         "2020-01-24", None),
        # a move on a named day, unless a reporting verb stands between
        ("The board approved a buyback. Shares fell about 3% in extended trading on Wednesday.", "3%", "2025-08-27",
         ("2025-08-27", "2025-08-27")),
        ("In December, orders climbed 12.1%, the ministry said on Thursday.", "12.1%", "2022-01-20", ("2021-12-01", "2021-12-31")),
    ],
)
def test_period_rules(text: str, evidence: str, published: str, expected) -> None:
    assert _period(_claim(text, evidence, published)) == expected


@pytest.mark.parametrize(
    ("text", "evidence", "measure", "direction"),
    [
        # a growth rate is a change even when written as a level
        ("The bank raised its core CPI forecast for fiscal 2024 to 2.7 percent from 2.5 percent.", "2.7 percent", "change", "up"),
        ("The bank raised its core CPI forecast for fiscal 2024 to 2.7 percent from 2.5 percent.", "2.5 percent", "change", "up"),
        ("Economic growth is forecast at 0.9 percent this year.", "0.9 percent", "change", "up"),
        # ... and so is the next item of its list
        ("Economic growth is forecast at 0.9 percent this year and 1.1 percent next year.", "1.1 percent", "change", "up"),
        ("The other two rates were lowered to 2.15% and 2.40%, with effect from June 11.", "2.40%", "level", None),
        # a level noun right after the number
        ("Inflation eased, falling below the ECB's 2 percent target.", "2 percent", "level", None),
        # a percentage in apposition to an amount is its share
        ("Orders from the US increased 13.8% to $19.70 billion, or 29.3%.", "29.3%", "share", None),
        ("Trade with Vietnam was $292.6 billion, up 12.3%, or 27.4% of the total.", "27.4%", "share", None),
        # the high end of a range is what its low end is
        ("Orders may reach $60.5 billion, a year-on-year increase of 3.4% to 6.9%.", "6.9%", "change", "up"),
        ("The tax will be cut by 0.25 percentage points to 2.6 percent.", "2.6 percent", "level", None),
        # "by X" finds its verb several words back
        ("The ECB would lower its three key interest rates by 0.25 percentage points each.", "0.25 percentage points", "points", "down"),
    ],
)
def test_measure_and_direction_rules(text: str, evidence: str, measure: str, direction: str | None) -> None:
    c = _claim(text, evidence)
    assert (c.measure, c.direction) == (measure, direction)


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("The BOJ will reduce monthly purchases of government bonds by about 400 billion yen each quarter.", "down"),
        ("The company raised its dividend by nearly $2 billion.", "up"),
    ],
)
def test_figure_change_by_about(text: str, direction: str) -> None:
    (c,) = claims(text)
    assert c.direction == direction


@pytest.mark.parametrize(
    ("text", "evidence", "expected"),
    [
        # a unit rate keeps a period only when one follows the rate directly
        ("Output averaged 1.2 million barrels a day in March.", "1.2 million barrels", ("2024-03-01", "2024-03-31")),
        ("Iron ore averaged $120 per ton in 2023.", "$120", ("2023-01-01", "2023-12-31")),
        ("In May, the subsidy was set at 7 yen per kilowatt-hour.", "7 yen", None),
    ],
)
def test_unit_rates(text: str, evidence: str, expected) -> None:
    assert _period(_claim(text, evidence)) == expected


@pytest.mark.parametrize(
    ("text", "evidence", "measure", "direction"),
    [
        # "<change amount>, or X%" is the same change in percent, not a share
        ("Revenue grew by 1.2 trillion yuan, or 5.1 percent, year on year.", "5.1 percent", "change", "up"),
        # a growth noun does not turn a named ratio into a change
        ("The debt-to-GDP ratio rose to 80% last year.", "80%", "level", None),
    ],
)
def test_measure_guards(text: str, evidence: str, measure: str, direction: str | None) -> None:
    c = _claim(text, evidence)
    assert (c.measure, c.direction) == (measure, direction)


@pytest.mark.parametrize(
    ("text", "evidence", "measure", "direction"),
    [
        ("The economy grew at an annualized rate of 2.8% in the third quarter.", "2.8%", "change", "up"),
        ("Output contracted at an annual rate of 0.5%.", "0.5%", "change", "down"),
        ("Sales were 4% up on a year earlier.", "4%", "change", "up"),
        ("The index slipped 0.3% in May.", "0.3%", "change", "down"),
    ],
)
def test_more_direction_cues(text: str, evidence: str, measure: str, direction: str) -> None:
    c = _claim(text, evidence)
    assert (c.measure, c.direction) == (measure, direction)


@pytest.mark.parametrize(
    ("text", "evidence", "published", "expected"),
    [
        # the 12 months / the year / the three months to a month
        ("Inflation was 3.1% in the 12 months to March.", "3.1%", "2025-06-15", ("2024-04-01", "2025-03-31")),
        ("Output rose 2% in the three months to May.", "2%", "2025-06-15", ("2025-03-01", "2025-05-31")),
        # the end of a year or quarter dates a stock
        ("Reserves stood at $3.2 trillion at the end of 2024.", "$3.2 trillion", "2025-06-15", ("2024-12-31", "2024-12-31")),
        ("Reserves stood at $3.3 trillion as of May 31.", "$3.3 trillion", "2025-06-15", ("2025-05-31", "2025-05-31")),
        # a rate set at a decision has the decision's day (corpus/README.md); a day on the verb that reports it does not
        # date it
        ("The central bank cut its base rate to 2.75% on Thursday.", "2.75%", "2025-02-28", ("2025-02-27", "2025-02-27")),
        ("The bank announced on Thursday that the base rate was cut to 2.75%.", "2.75%", "2025-02-28", None),
    ],
)
def test_more_period_rules(text: str, evidence: str, published: str, expected) -> None:
    assert _period(_claim(text, evidence, published)) == expected
