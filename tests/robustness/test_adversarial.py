"""Adversarial text: every pathological input finishes, through each regex stage and the whole extraction.

The regex stages (repair, number parsing, date anchoring, datelines) get 20,000-character inputs:
exponential backtracking would never finish and a quadratic scan would take minutes, while a
linear one takes a fraction of a second (bench/robustness.py prints the seconds and the growth
exponent it measured). The whole `extract_text` gets 1,000 characters in the fast mode and a few
inputs with the full model, because spaCy's own tokenizer is quadratic on long runs of punctuation
without spaces (see bench/robustness.py), which is not a property of our patterns. No timed
assertions: a test that does not finish is the failure.
"""

from __future__ import annotations

from datetime import date

import pytest

from extractor import Settings, extract_text
from extractor.claims.numbers import find_numbers
from extractor.dates import find_dateline, find_time_expressions
from extractor.repair import repair

from .pathological import PATHOLOGICAL

STAGE_SIZE = 20_000
EXTRACT_SIZE = 1_000
PUBLISHED = date(2024, 1, 2)
FULL_MODEL_CASES = ("digits", "glued_percents", "nested_brackets", "repeated_money", "masked_runs", "initials")


@pytest.fixture(scope="module")
def fast_mode() -> Settings:
    """The fast mode's settings, its context loaded once before the cases.

    Loading the knowledge base (YAML) takes ~10 s of CPU; without this the first case's time is
    the load, not its input (measured: 20 s for `digits`, 0.02 s of it the extraction).
    """
    settings = Settings(model="none")
    extract_text("Exports rose 5% in May.", published=PUBLISHED, settings=settings)
    return settings


@pytest.fixture(scope="module")
def full_model() -> Settings:
    """The default settings (the full model), loaded once before the cases."""
    settings = Settings()
    extract_text("Exports rose 5% in May.", published=PUBLISHED, settings=settings)
    return settings


def _offsets_hold(text: str, res) -> None:  # noqa: ANN001
    for record in [*res.claims, *res.flags]:
        ev = record.evidence
        if ev is not None:
            assert text[ev.start : ev.end] == ev.text


@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_regex_stages_finish_on_pathological_input(name: str) -> None:
    text = PATHOLOGICAL[name](STAGE_SIZE)
    result = repair(text)
    for rep in result.repairs:
        assert text[rep.start : rep.end] == rep.original
    for n in find_numbers(text):
        assert text[n.start : n.end] == n.text
    for t in find_time_expressions(text, PUBLISHED):
        assert text[t.start : t.end] == t.text
    find_dateline(text)


@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_extract_text_finishes_on_pathological_input_fast_mode(name: str, fast_mode: Settings) -> None:
    text = PATHOLOGICAL[name](EXTRACT_SIZE)
    res = extract_text(text, published=PUBLISHED, settings=fast_mode)
    assert not res.errors, [e.reason for e in res.errors]
    _offsets_hold(text, res)


@pytest.mark.parametrize("name", FULL_MODEL_CASES)
def test_extract_text_finishes_on_pathological_input_full_model(name: str, full_model: Settings) -> None:
    text = PATHOLOGICAL[name](EXTRACT_SIZE)
    res = extract_text(text, published=PUBLISHED, settings=full_model)
    assert not res.errors, [e.reason for e in res.errors]
    _offsets_hold(text, res)


def test_pathological_inputs_embedded_in_a_real_article_keep_its_claims() -> None:
    """Hostile runs between real sentences do not stop the real figures from coming out."""
    good = "South Korea's exports rose 7.8% to $55.8 billion in November, the trade ministry said."
    junk = " ".join(PATHOLOGICAL[name](200) for name in PATHOLOGICAL)
    text = f"{good}\n\n{junk}\n\n{good}"
    res = extract_text(text, published=PUBLISHED, settings=Settings(model="none"))
    assert not res.errors
    money = [c for c in res.claims if c.kind == "figure" and c.value == 55.8e9]
    assert [c.evidence.start for c in money] == [good.index("$55.8"), text.rindex("$55.8")]
    _offsets_hold(text, res)
