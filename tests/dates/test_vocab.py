"""The vocabulary file loads, and a bad one fails naming the file."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from extractor.dates.context import sentence_starts
from extractor.dates.rules import TRIGGERS, time_rule
from extractor.dates.vocab import VOCAB_PATH, load_vocab


def test_vocab_loads() -> None:
    v = load_vocab()
    assert v.month_number("Sept.") == 9 and v.count("nine") == 9 and v.count("10") == 10
    assert v.fiscal(v.default_fiscal).start_month == 4


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"months": {"January": 13}}, "January"),
        ({"surprise": 1}, "surprise"),
        ({"default_fiscal": "mars"}, "default_fiscal"),
    ],
)
def test_bad_vocab_fails_with_its_path(tmp_path: Path, change: dict, message: str) -> None:
    raw = yaml.safe_load(VOCAB_PATH.read_text(encoding="utf-8"))
    raw.update(change)
    bad = tmp_path / "vocab.yaml"
    bad.write_text(yaml.safe_dump(raw), encoding="utf-8")
    with pytest.raises(ValueError, match=str(bad)) as info:
        load_vocab.__wrapped__(bad)
    assert message in str(info.value)


def test_every_rule_has_triggers() -> None:
    assert set(time_rule.names()) <= set(TRIGGERS)
    assert all(TRIGGERS[name] and all(t == t.lower() for t in TRIGGERS[name]) for name in time_rule.names())


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Exports rose. Imports fell.", [0, 14]),
        ("Exports rose in Dec. Imports fell.", [0]),  # an abbreviation does not end a sentence
        ("The U.S. Treasury said so. It did.", [0, 27]),
        ("Line one\nLine two", [0, 9]),
        ("出口增长。进口下降。", [0, 5, 10]),
    ],
)
def test_sentence_starts(text: str, starts: list[int]) -> None:
    assert sentence_starts(text) == starts
