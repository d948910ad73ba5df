"""Policy actors: the concrete state, bloc or institution a subject phrase names (extractor.normalize.actors)."""

from __future__ import annotations

from datetime import date

import pytest

from extractor.normalize.actors import (
    canonical_actor,
    central_bank_of,
    is_generic_actor,
    person_actor,
)

GENERIC = frozenset({"government", "ministry", "customs", "authorities", "administration", "bank"})

ACTORS = [
    # phrase, context country, expected actor
    ("US Commerce Department", None, "United States"),  # a government body acts for its country
    ("the European Commission", None, "European Union"),
    ("China's Ministry of Commerce", None, "China"),
    ("BOJ", None, "Bank of Japan"),  # a central bank is its own actor
    ("PBOC", None, "People's Bank of China"),
    ("Beijing", None, "China"),  # a capital stands for its country
    ("Washington", None, "United States"),
    ("the central bank", "CN", "People's Bank of China"),  # a generic head takes the context's country
    ("Japan's central bank", None, "Bank of Japan"),
    ("the Japanese government", None, "Japan"),
    ("the government", "JP", "Japan"),
    ("customs authorities", "CN", "China"),
    ("the government", None, "government"),  # nothing to resolve it with: kept as written
    ("the Finance Ministry", "JP", "Japan"),  # an ambiguous ministry name, settled by the context
    ("China and the US", None, "China, United States"),  # every party
    ("Nvidia", None, "Nvidia"),  # an unknown organization is kept as written
    ("the Trump administration", None, "United States"),
]


@pytest.mark.parametrize(("phrase", "context", "expected"), ACTORS)
def test_canonical_actor(phrase, context, expected):
    assert canonical_actor(phrase, GENERIC, context, date(2025, 9, 1)) == expected


@pytest.mark.parametrize(
    ("phrase", "generic"),
    [("the government", True), ("customs", True), ("the central bank", True), ("the Trump administration", False),
     ("the Finance Ministry", False), ("Nvidia", False)],
)
def test_is_generic_actor(phrase, generic):
    assert is_generic_actor(phrase, GENERIC) is generic


@pytest.mark.parametrize(("country", "bank"), [("CN", "People's Bank of China"), ("Japan", "Bank of Japan"), ("XX", None)])
def test_central_bank_of(country, bank):
    found = central_bank_of(country)
    assert (found.name if found else None) == bank


def test_person_actor_is_the_office_held_on_the_date():
    assert person_actor("Pan Gongsheng", date(2025, 5, 7)) == "People's Bank of China"
    assert person_actor("Trump", date(2025, 9, 1)) == "United States"  # a surname: the one family name in office
    assert person_actor("Trump", date(2023, 6, 1)) is None  # nobody of that name in office then
    assert person_actor("Zhang Xiaoming") is None
