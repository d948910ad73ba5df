"""The benchmark helpers: the corpus generator is seeded, the peers' unit mapping is the documented one."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import generate  # noqa: E402
import peers  # noqa: E402


def test_vary_digits_keeps_shape_and_years() -> None:
    rng = random.Random(1)
    text = "Exports rose 7.8% to $55.8 billion in 2023, from 1,204 units in 0.5 weeks."
    out = generate.vary_digits(text, rng)
    assert "2023" in out and out != text
    assert [len(t) for t in out.split()] == [len(t) for t in text.split()]
    assert out.count(".") == text.count(".") and " 0." in out


def test_vary_names_is_a_consistent_permutation() -> None:
    groups = {"surnames": ["Wang", "Li", "Kim"]}
    text = "Wang met Li. Wang said Kim agreed. Wangs and Lin stay."
    out = generate.vary_names(text, groups, random.Random(3))
    words = out.replace(".", "").split()
    mapping = {"Wang": words[0], "Li": words[2]}
    assert words[3] == mapping["Wang"]  # the same name maps the same way within an article
    assert sorted([words[0], words[2], words[5]]) == ["Kim", "Li", "Wang"]
    assert out.endswith("Wangs and Lin stay.")  # whole words only


def test_generate_is_deterministic(tmp_path: Path) -> None:
    corpus = Path(__file__).resolve().parents[2] / "corpus"
    a = generate.generate(7, corpus, tmp_path / "a", seed=5)
    b = generate.generate(7, corpus, tmp_path / "b", seed=5)
    assert a.read_bytes() == b.read_bytes()
    lines = [json.loads(x) for x in a.read_text().splitlines()]
    assert len(lines) == 7 and len({x["id"] for x in lines}) == 7 and all(x["text"] for x in lines)


@pytest.fixture(scope="module")
def unit_map() -> peers.UnitMap:
    return peers.UnitMap()


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        (7.8, "percentage", ("percentage", 7.8, "%")),
        (25, "basis point", ("percentage", 0.25, "%")),
        (3.0, "percentage year", ("percentage", 3.0, "%")),
        (55.8e9, "dollar", ("figure", 55.8e9, "USD")),
        (6e12, "chinese yuan", ("figure", 6e12, "CNY")),
        (2e9, "hong kong dollar", ("figure", 2e9, "HKD")),
        (1e9, "new taiwan dollar", ("figure", 1e9, "TWD")),
        (5e6, "ringgit", ("figure", 5e6, "MYR")),  # from extractor's own currency words
        (11.2e6, "barrel per day", ("figure", 11.2e6, "barrel")),
        (1.2e6, "new energy vehicle", ("figure", 1.2e6, "vehicle")),
        (3e5, "tonne", ("figure", 3e5, "ton")),
        (2024, "dimensionless", None),
        (5, "year", None),
        (4, "nanometre", None),
    ],
)
def test_peer_units_map_to_extractor_units(unit_map: peers.UnitMap, value: float, unit: str, expected) -> None:
    assert unit_map.map(value, unit) == expected


def test_peer_claims_are_scored_like_extractor_eval(tmp_path: Path, unit_map: peers.UnitMap) -> None:
    (tmp_path / "gold").mkdir()
    gold = {"claims": [{"kind": "figure", "value": 55.8e9, "unit": "USD"}, {"kind": "percentage", "value": 7.8, "unit": "%"}]}
    (tmp_path / "gold" / "a.gold.json").write_text(json.dumps(gold))
    raw = {"a": [{"value": 55.81e9, "unit": "dollar", "surface": "$55.8 billion"},
                 {"value": 12.0, "unit": "percentage", "surface": "12%"},
                 {"value": 2023, "unit": "dimensionless", "surface": "2023"}]}
    report = peers.score(tmp_path, [tmp_path / "a.txt"], peers.peer_claims(raw, unit_map))
    assert (report.numeric_tp, report.numeric_fp, report.numeric_fn) == (1, 1, 1)
