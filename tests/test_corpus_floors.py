"""Corpus gate: every score on the `test` split stays at or above its pinned floor (trafilatura's model).

Floors live in tests/floors.json. Counts of mistakes (false flags, repairs on clean text, merged
people) are ceilings instead. Raising a floor is a deliberate commit; a change that lowers a score
fails here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.evaluation import evaluate, format_report

from .conftest import REPO

FLOORS = json.loads((Path(__file__).parent / "floors.json").read_text(encoding="utf-8"))
CEILINGS = {"false_person_merges", "false_inconsistency_flags", "clean_false_inconsistency_flags", "repairs_on_clean_text"}


@pytest.fixture(scope="module")
def figures() -> dict:
    report = evaluate(REPO / "corpus", "test")
    print(format_report(report))
    return report.figures()


@pytest.mark.parametrize("name", sorted(FLOORS["test"]))
def test_score_holds_its_floor(figures: dict, name: str) -> None:
    pinned = FLOORS["test"][name]
    got = figures[name]
    assert got is not None, f"{name} is not measured any more"
    if name in CEILINGS:
        assert got <= pinned, f"{name} rose to {got} (ceiling {pinned})"
    else:
        assert got >= pinned - 1e-9, f"{name} fell to {got:.4f} (floor {pinned})"


def test_corpus_size_and_split() -> None:
    split = json.loads((REPO / "corpus" / "split.json").read_text(encoding="utf-8"))
    stems = {p.name[: -len(".gold.json")] for p in (REPO / "corpus" / "gold").glob("*.gold.json")}
    assert len(stems) >= 40
    assert set(split["dev"]) | set(split["test"]) == stems
    assert not set(split["dev"]) & set(split["test"])
    for stem in stems:
        assert (REPO / "corpus" / "articles" / f"{stem}.meta.json").exists()
    styles = [json.loads((REPO / "corpus" / "gold" / f"{s}.gold.json").read_text())["style"] for s in stems]
    assert styles.count("garbled") >= 25 and styles.count("clean") >= 10
    planted = sum(
        len(json.loads((REPO / "corpus" / "gold" / f"{s}.gold.json").read_text()).get("inconsistencies", []))
        for s in stems
    )
    assert planted >= 15
