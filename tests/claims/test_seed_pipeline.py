"""The whole pipeline on the seed article: its officials, its byline author and its two policies."""

from __future__ import annotations

from datetime import date

import pytest

from extractor import extract_text
from extractor.claims.mentions import find_mentions
from tests.claims.conftest import build_doc


@pytest.fixture(scope="module")
def seed_text(seed_dir) -> str:
    return (seed_dir / "global-times-korea-exports.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed(seed_text):
    return extract_text(seed_text, published="2023-12-04")


def test_seed_person_mentions(seed_text):
    doc = build_doc(seed_text, published=date(2023, 12, 4))
    persons = {(doc.text[f.start : f.end], f.role, f.organization, f.country) for f in find_mentions(doc) if f.type == "person"}
    names = {p[0] for p in persons}
    assert {"Guan Moon Gyu", "Fang Wengui", "Cho Sang-hyun", "Ding Ling"} == names
    assert ("Guan Moon Gyu", "minister", "Ministry of Industry, Trade and Energy", "South Korea") in persons
    assert ("Ding Ling", "correspondent", "Global Times", None) in persons


def test_seed_officials(seed):
    officials = {(c.person, c.role, c.organization, c.country) for c in seed.claims if c.kind == "official"}
    assert officials == {
        ("Guan Moon Gyu", "minister", "Ministry of Industry, Trade and Energy", "South Korea"),
        ("Cho Sang-hyun", "president", "International Trade Research Institute of the Korean Association", None),
    }
    assert not any(c.kind == "official" and c.person == "Ding Ling" for c in seed.claims)  # a byline author


def test_seed_policies(seed):
    policies = [c for c in seed.claims if c.kind == "policy"]
    graphite = [p for p in policies if p.actor == "China" and "graphite" in (p.object or "")]
    assert [(p.action, p.effective, p.status) for p in graphite] == [("export_controls", date(2023, 12, 1), "in_effect")]
    pragmatic = [p for p in policies if p.actor == "South Korea" and "pragmatic" in (p.object or "")]
    assert pragmatic and pragmatic[0].effective is None and pragmatic[0].action == "policy"


def test_seed_entities(seed):
    persons = {e.name: e for e in seed.entities if e.type == "person"}
    author = [e for e in persons.values() if "Ding Ling" in e.aliases]
    assert author and author[0].role == "correspondent"
    minister = [e for e in persons.values() if "Guan Moon Gyu" in e.aliases]
    assert minister and "Fang Wengui" in minister[0].aliases
