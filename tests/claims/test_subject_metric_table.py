"""Rule table: the subject (who or what) and metric (what is measured) of each number of a sentence.

Every sentence is our own (none is copied from the corpus): coordination, apposition, "of which",
"respectively" lists, relative clauses, passive voice and machine-translation word order. Each number of
a sentence gets its own metric ("Two-way trade reached $X, with exports rising 5% to $Y and imports
falling 3% to $Z": trade / exports / imports); "X of $N" wordings name X, never the number; partner scope
("exports to Australia", "imports from the EU") stays in the metric. Full mode reads the dependency parse
(extractor.claims.subjects); FAST holds what the shallow reading without a parser (`--model none`) gives.

`python -m tests.claims.test_subject_metric_table` prints the table's accuracy.
"""

from __future__ import annotations

import pytest

from extractor import extract_text
from extractor.settings import Settings

PUBLISHED = "2024-11-15"
SETTINGS = Settings(kb=None)
FAST = Settings(kb=None, model="none")

_CACHE: dict[tuple[str, bool], list] = {}


def numeric_claims(text: str, fast: bool = False) -> list:
    key = (text, fast)
    if key not in _CACHE:
        claims = extract_text(text, PUBLISHED, settings=FAST if fast else SETTINGS).claims
        _CACHE[key] = [c for c in claims if c.kind in {"figure", "percentage"}]
    return _CACHE[key]


def claim_of(text: str, value: float, fast: bool = False):
    found = [c for c in numeric_claims(text, fast) if abs(c.value - value) <= 1e-9 * max(1.0, abs(value))]
    assert found, f"no claim of {value} in {text!r}: {[c.value for c in numeric_claims(text, fast)]}"
    return found[0]


TWO_WAY = "Two-way trade reached $120 billion, with exports rising 5% to $70 billion and imports falling 3% to $50 billion."
COORD = "Exports rose 5.2% to $61 billion in October, while imports fell 2.1% to $55 billion."
RESP = "Exports to the US and the EU rose 5% and 3%, respectively."
OF_WHICH = "Total trade was $500 billion, of which exports accounted for $300 billion."
APPOS = "Exports reached $55.8 billion, a 7.8% increase from a year earlier."
MT_APPOS = "In October, the exports achieved 309 billion US dollars, a year-on-year increase of 12.7%."
RELCL = "Exports to China, which fell 5% in October, totaled $10 billion for the month."
THOSE = "Exports to the US surged 8.1% in October, while those to the EU slipped 1.2%."
BOK = "The Bank of Korea cut its growth forecast for next year to 1.9% from 2.1%."

# (text, value of the number, expected subject, expected metric)
TABLE: list[tuple[str, float, str | None, str | None]] = [
    # ---- each number of a coordinated sentence has its own metric
    (TWO_WAY, 120e9, None, "two-way trade"),
    (TWO_WAY, 5, None, "exports"),
    (TWO_WAY, 70e9, None, "exports"),
    (TWO_WAY, 3, None, "imports"),
    (TWO_WAY, 50e9, None, "imports"),
    (COORD, 5.2, None, "exports"),
    (COORD, 61e9, None, "exports"),
    (COORD, 2.1, None, "imports"),
    (COORD, 55e9, None, "imports"),
    ("Exports to Australia jumped 14% while imports from the EU slid 6%.", 14, None, "exports to Australia"),
    ("Exports to Australia jumped 14% while imports from the EU slid 6%.", 6, None, "imports from the EU"),
    ("Car exports climbed 20% and steel imports dropped 7% in October.", 20, None, "car exports"),
    ("Car exports climbed 20% and steel imports dropped 7% in October.", 7, None, "steel imports"),
    ("Exports rose 5% and reached a record $60 billion.", 60e9, None, "exports"),
    # a time noun the number hangs on is not what it measures
    ("Analysts said that shipments of steel to Vietnam fell 3.7% year on year.", 3.7, None, "shipments of steel to Vietnam"),
    ("Retail sales rose 0.4% month on month in March.", 0.4, None, "retail sales"),
    # a byline in brackets before the sentence is not part of its metric
    ("[Staff reporter Chen Mei] Exports from Vietnam in May were $33.1 billion, customs said.", 33.1e9, None, "exports from Vietnam"),
    # a misparse hangs the first value on the next noun; the words say whose value it is
    ("Imports from Japan of $12.5 billion far outpaced exports to Japan of $4.1 billion.", 12.5e9, None, "imports from Japan"),
    ("Imports from Japan of $12.5 billion far outpaced exports to Japan of $4.1 billion.", 4.1e9, None, "exports to Japan"),
    # ---- "X of $N": the metric is X, never the number
    ("Exports of $33.6 billion were recorded in October.", 33.6e9, None, "exports"),
    ("The province posted a first-half total of 21.17 trillion yuan.", 21.17e12, None, "total"),
    ("South Korea logged a trade surplus of $6.8 billion in October.", 6.8e9, "South Korea", "trade surplus"),
    ("Samsung Electronics reported an operating profit of 9.1 trillion won.", 9.1e12, "Samsung Electronics", "operating profit"),
    ("The country recorded a current account deficit of $2.3 billion.", 2.3e9, None, "current account deficit"),
    ("China shipped $5 billion worth of chips to Vietnam.", 5e9, "China", "chips"),
    ("Imports of crude oil amounted to 45 million tons.", 45e6, None, "imports of crude oil"),
    ("Japan's trade balance swung to a deficit of 460 billion yen.", 460e9, "Japan", "deficit"),
    # ---- partner scope and possessors
    ("South Korea's exports to China fell 5% to $10 billion.", 5, "South Korea", "exports to China"),
    ("South Korea's exports to China fell 5% to $10 billion.", 10e9, "South Korea", "exports to China"),
    ("Imports from the EU rose 3.2% in October.", 3.2, None, "imports from the EU"),
    ("China's trade with ASEAN grew 6.4% to $800 billion.", 800e9, "China", "trade with ASEAN"),
    ("The trade deficit with China narrowed to $30 billion.", 30e9, None, "trade deficit with China"),
    ("State-owned firms' profits dropped 4.1% in the first ten months.", 4.1, "State-owned firms", "profits"),
    ("Vietnam's exports to the United States surged 25% to $9.1 billion.", 9.1e9, "Vietnam", "exports to the United States"),
    ("Foreign direct investment into China fell 29.8% to 691.2 billion yuan.", 29.8, None, "foreign direct investment into China"),
    ("Retail sales in China grew 4.8% in October.", 4.8, None, "retail sales in China"),
    ("Sales of new energy vehicles hit 1.4 million units.", 1.4e6, None, "sales of new energy vehicles"),
    (THOSE, 8.1, None, "exports to the US"),
    (THOSE, 1.2, None, "exports to the EU"),
    # ---- apposition
    (APPOS, 55.8e9, None, "exports"),
    (APPOS, 7.8, None, "exports"),
    (MT_APPOS, 309e9, None, "exports"),
    (MT_APPOS, 12.7, None, "exports"),
    ("Semiconductor exports, the country's top export item, rose 12% to $11 billion.", 12, None, "semiconductor exports"),
    # ---- "of which"
    (OF_WHICH, 500e9, None, "total trade"),
    (OF_WHICH, 300e9, None, "exports"),
    ("Of the total, $300 billion was exports.", 300e9, None, "exports"),
    # ---- "respectively" lists
    (RESP, 5, None, "exports to the US"),
    (RESP, 3, None, "exports to the EU"),
    ("Exports and imports rose 5% and 3%, respectively.", 5, None, "exports"),
    ("Exports and imports rose 5% and 3%, respectively.", 3, None, "imports"),
    ("Imports of soybeans and corn reached 7 million tons and 2 million tons, respectively.", 7e6, None, "imports of soybeans"),
    ("Imports of soybeans and corn reached 7 million tons and 2 million tons, respectively.", 2e6, None, "imports of corn"),
    # ---- relative clauses
    (RELCL, 5, None, "exports to China"),
    (RELCL, 10e9, None, "exports to China"),
    ("Chip exports, which account for a fifth of the total, rose 9.2%.", 9.2, None, "chip exports"),
    ("Car sales, which had dropped 3% in September, rebounded 6% in October.", 3, None, "car sales"),
    # ---- passive voice
    ("A trade surplus of $4.2 billion was posted in October.", 4.2e9, None, "trade surplus"),
    ("Outbound shipments were valued at $8.7 billion.", 8.7e9, None, "outbound shipments"),
    ("$3 billion of new loans were extended to exporters.", 3e9, None, "new loans"),
    # ---- machine-translation word order
    ("The import and export value of the first 10 months increased by 5.2 percent.", 5.2, None, "import and export value"),
    ("The export value of Vietnam reached $35 billion.", 35e9, "Vietnam", "export value"),
    ("Among them, exports to Africa increased 12.3 percent to 1.2 trillion yuan.", 1.2e12, None, "exports to Africa"),
    ("Industrial profits recorded negative growth of 2.9% in the first ten months.", 2.9, None, "industrial profits"),
    # ---- shares
    ("China accounted for 19.7% of South Korea's total exports.", 19.7, "China", "South Korea's total exports"),
    ("About 30% of exports went to China.", 30, None, "exports"),
    # ---- rates, levels, forecasts, verb chains
    (BOK, 1.9, "Bank of Korea", "growth forecast"),
    (BOK, 2.1, "Bank of Korea", "growth forecast"),
    ("The unemployment rate stood at 3.1% in October.", 3.1, None, "unemployment rate"),
    ("GDP grew at an annualized rate of 2.8%.", 2.8, None, "GDP"),
    ("Inflation eased to 2.1% in October.", 2.1, None, "inflation"),
    ("Exports are expected to grow 5% next year.", 5, None, "exports"),
    ("Exports rose 5% in October, bringing the January-October total to $560 billion.", 560e9, None, "total"),
    ("Shipments of semiconductors jumped 30%, driven by demand for AI servers.", 30, None, "shipments of semiconductors"),
]

# what the shallow reading without a parser gives (`--model none`)
FAST_TABLE: list[tuple[str, float, str | None, str | None]] = [
    ("Exports of $33.6 billion were recorded in October.", 33.6e9, None, "Exports"),
    ("South Korea's exports to China fell 5% to $10 billion.", 5, "South Korea", "exports to China"),
    ("In October, imports from the EU rose 3.2%.", 3.2, None, "imports from the EU"),
    ("Samsung Electronics reported an operating profit of 9.1 trillion won.", 9.1e12, None, "operating profit"),
    (COORD, 2.1, None, "imports"),
    ("The unemployment rate stood at 3.1% in October.", 3.1, None, "unemployment rate"),
    ("Up 5% from a year earlier.", 5, None, None),
]


@pytest.mark.parametrize(("text", "value", "subject", "metric"), TABLE)
def test_subject_and_metric(text: str, value: float, subject: str | None, metric: str | None) -> None:
    c = claim_of(text, value)
    assert (c.subject, c.metric) == (subject, metric)


@pytest.mark.parametrize(("text", "value", "subject", "metric"), FAST_TABLE)
def test_subject_and_metric_without_parser(text: str, value: float, subject: str | None, metric: str | None) -> None:
    c = claim_of(text, value, fast=True)
    assert (c.subject, c.metric) == (subject, metric)


def test_metrics_never_hold_numbers() -> None:
    """No metric of the table, in either mode, swallows a number ("Exports of $33.6 billion")."""
    for fast in (False, True):
        for text, *_ in TABLE:
            for c in numeric_claims(text, fast):
                assert c.metric is None or not any(ch.isdigit() for ch in c.metric.replace("Two-way", "")), (text, c.metric)


def table_scores() -> dict[str, float]:
    """Accuracy of subject, metric and both over the table."""
    subj = metr = both = 0
    for text, value, subject, metric in TABLE:
        c = claim_of(text, value)
        subj += c.subject == subject
        metr += c.metric == metric
        both += (c.subject, c.metric) == (subject, metric)
    n = len(TABLE)
    return {"rows": n, "subject": subj / n, "metric": metr / n, "both": both / n}


if __name__ == "__main__":
    print(table_scores())
