"""Rule tables for the wordings that tie parts to wholes and bases to levels (rests, opened wholes, "out of",
"Compared with X, Y", a year back in its own sentence, national wholes) and the knowledge base's countries."""

from __future__ import annotations

import pytest

from extractor.checks.change import COMPARED_OPENER
from extractor.checks.context import YEAR_BACK_OPENER, country_of, title_place
from extractor.checks.remainder import REMAINDER_BEFORE, WHOLE_OPENER
from extractor.checks.share import NATIONAL, OUT_OF


@pytest.mark.parametrize(
    "before, is_rest",
    [
        ("petrol cars made up the remaining ", True),
        ("and the rest, ", True),
        ("and the remainder, ", True),
        ("joint ventures built the other ", True),
        ("the balance of ", True),
        ("the remaining US$", True),
        ("the rest of the year is expected at ", False),  # a time, not a part
        ("the other two plants made ", False),
        ("the trade balance was ", False),
        ("other suppliers shipped ", False),
    ],
)
def test_remainder_words(before: str, is_rest: bool) -> None:
    assert bool(REMAINDER_BEFORE.search(before)) is is_rest


@pytest.mark.parametrize(
    "opener, opens",
    [
        ("Of the ", True),
        ("Among the ", True),
        ("Out of the total ", True),
        ("Of these ", True),
        ("Among all ", True),
        ("But of the $", True),
        ("Exports of the ", False),
        ("Of ", False),
        ("In the ", False),
    ],
)
def test_whole_opener(opener: str, opens: bool) -> None:
    assert bool(WHOLE_OPENER.fullmatch(opener)) is opens


@pytest.mark.parametrize(
    "gap, pairs",
    [
        (" out of ", True),
        (" out of total exports of $", True),
        (" vehicles out of ", True),
        (" out of a total of ", True),
        (" and ", False),
        (", up from ", False),
        (" out of the reach of buyers, ", False),
    ],
)
def test_out_of_gap(gap: str, pairs: bool) -> None:
    assert bool(OUT_OF.fullmatch(gap)) is pairs


@pytest.mark.parametrize(
    "sentence, back",
    [
        ("A year before, the country had exported", True),
        ("A year earlier, revenue had been", True),
        ("One year ago, output was", True),
        ("In the same period last year， output was", True),
        ("During the same quarter a year earlier, sales were", True),
        ("In the previous year, exports were", True),
        ("A year later, exports were", False),
        ("Last week, the ministry said", False),
        ("In the same period, imports were", False),
    ],
)
def test_year_back_opener(sentence: str, back: bool) -> None:
    assert bool(YEAR_BACK_OPENER.match(sentence)) is back


@pytest.mark.parametrize(
    "opener, compared",
    [
        ("Compared with ", True),
        ("Compared to about ", True),
        ("In comparison with ", True),
        ("But compared with ", True),
        ("Exports, compared with ", False),
        ("Revenue rose against ", False),
    ],
)
def test_compared_opener(opener: str, compared: bool) -> None:
    assert bool(COMPARED_OPENER.fullmatch(opener)) is compared


@pytest.mark.parametrize(
    "phrase, national",
    [
        (" of the national total", True),
        (" of the country's exports", True),
        (" of nationwide sales", True),
        (" of the whole country's trade", True),
        (" of the province's total", False),
        (" of international trade", False),
    ],
)
def test_national_whole(phrase: str, national: bool) -> None:
    assert bool(NATIONAL.search(phrase)) is national


@pytest.mark.parametrize(
    "name, country",
    [
        ("New Delhi", "india"),
        ("Indonesian", "indonesia"),
        ("Guangdong", None),
        ("The world", None),
        ("Pearl River Delta", None),
        ("", None),
    ],
)
def test_country_of(name: str, country: str | None) -> None:
    assert country_of(name) == country


@pytest.mark.parametrize(
    "title, place",
    [
        ("India's June palm oil imports surge 61% after duty cut", "india"),
        ("Peru copper exports to China climb", "peru"),
        ("South Korea's chip exports rebound", "south korea"),
        ("BYD speeds up its factory plans", None),
    ],
)
def test_title_place_knows_the_knowledge_base_countries(title: str, place: str | None) -> None:
    assert title_place(title) == place
