"""Sentences, name and metric normalization, and the roles words give figures."""

from __future__ import annotations

import pytest

from extractor.checks.context import normalize_metric, normalize_name, sentences, views

from .conftest import make_doc


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Exports rose 3.5%. Imports fell.", 2),
        ("Trade with the U.S. grew. Trade with Japan fell.", 2),
        ("Exports were $3.94 billion in January.", 1),
        ("出口增长。Imports fell.\nA new line", 3),
        ("Mr. Cho said exports rose.", 1),
    ],
)
def test_sentences(text: str, n: int) -> None:
    assert len(sentences(text)) == n


@pytest.mark.parametrize(
    ("a", "b"),
    [("South Korea's", "Korea"), ("the ROK", "South Korea"), ("U.S.", "the United States"), ("PRC", "China"), ("US", "America")],
)
def test_names_normalize_alike(a: str, b: str) -> None:
    assert normalize_name(a) == normalize_name(b)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("exports to China", "Exports to the PRC", True),
        ("South Korea's total exports", "exports of South Korea", False),  # word order is kept
        ("total exports", "exports", True),
        ("exports to the ROK", "exports to Korea", True),
        ("exports to China", "imports from China", False),
        ("foreign trade", "total trade", True),
    ],
)
def test_metrics_normalize(a: str, b: str, same: bool) -> None:
    assert (normalize_metric(a) == normalize_metric(b)) is same


@pytest.mark.parametrize(
    ("text", "surface", "role", "partner", "sign"),
    [
        ("Exports to China were $11.4 billion.", "$11.4 billion", "exports", "china", 0),
        ("Imports from the ROK reached $8 billion.", "$8 billion", "imports", "south korea", 0),
        ("The trade surplus with the US widened to $30 billion.", "$30 billion", "balance", "united states", 1),
        ("It ran a $2.6 billion deficit.", "$2.6 billion", "balance", None, -1),
        ("Bilateral trade with Vietnam reached $20.4 billion.", "$20.4 billion", "trade", "vietnam", 0),
        ("The firm invested $3 billion.", "$3 billion", None, None, 0),
    ],
)
def test_roles(text: str, surface: str, role: str | None, partner: str | None, sign: int) -> None:
    (v,) = views(make_doc(text, [(surface, {})]))
    assert (v.role, v.partner, v.sign) == (role, partner, sign)


def test_partner_carries_over_within_a_sentence() -> None:
    text = "Exports to Japan were $12.5 billion and imports were $14.1 billion."
    ex, im = views(make_doc(text, [("$12.5 billion", {}), ("$14.1 billion", {})]))
    assert ex.partner == im.partner == "japan" and im.role == "imports"
