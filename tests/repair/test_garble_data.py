"""The noise model's contract, the seed article, and the data files' validation."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from extractor.repair import DEFAULT_MIN_CONFIDENCE, repair
from extractor.datafiles import load_yaml
from extractor.repair.data import SplitDecimalVocab
from extractor.repair.garble import garble

SEED_ARTICLES = Path(__file__).resolve().parents[3] / "shared" / "seed" / "articles"


def test_garble_is_deterministic_and_seeded() -> None:
    text = "Exports rose 12.5% in May and imports fell 3.8 percent in June, data showed."
    assert garble(text, 3) == garble(text, 3)
    assert {garble(text, s).text for s in range(30)} != {garble(text, 3).text}


def test_garble_rate_zero_is_identity() -> None:
    text = "Exports rose 12.5% in May."
    g = garble(text, 1, rate=0.0)
    assert g.text == text and g.truths == []


def test_garble_converts_yi_money() -> None:
    text = "The deficit fell from $3.94 billion in January to $730 million in June."
    g = garble(text, 0)
    assert {t.form for t in g.truths} == {"yi"}
    assert sorted(t.fragment_text for t in g.truths) == ["$300 million", "$400 million"]
    assert sorted(t.value for t in g.truths) == [730_000_000.0, 3_940_000_000.0]


def test_garble_leaves_numbers_without_chinese_decimal() -> None:
    text = "Exports were $55.8 billion, or 558 yi, and 33% of output in 2023."
    assert garble(text, 5).truths == []


@pytest.mark.skipif(not SEED_ARTICLES.exists(), reason="shared seed not present")
def test_seed_article_split_numbers_and_masks() -> None:
    (path,) = sorted(SEED_ARTICLES.glob("*.txt"))
    text = path.read_text(encoding="utf-8")
    result = repair(text)
    numbers = [r for r in result.repairs if r.kind == "number"]
    assert sorted(round(r.value, 6) for r in numbers) == sorted([19.7, 7.8, 3_940_000_000.0, 730_000_000.0])
    assert all(r.confidence >= DEFAULT_MIN_CONFIDENCE for r in numbers)
    stars = [m.start() for m in re.finditer(r"\*\*", text)]
    assert all(any(mk.start <= s and s + 2 <= mk.end for mk in result.masks) for s in stars)
    assert any(mk.day == 3 and mk.suggestion == "3rd" for mk in result.masks)


def test_bad_data_file_fails_naming_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "split_decimal.yaml"
    bad.write_text("currencies: []\nunknown_field: 1\n", encoding="utf-8")
    with pytest.raises(ValueError, match="split_decimal.yaml"):
        load_yaml(bad, SplitDecimalVocab)
