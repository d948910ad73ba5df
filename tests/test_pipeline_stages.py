"""Stages of the pipeline in isolation: prepare (repair + dates) and the fast mode."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import extract_text
from extractor.ingest import ArticleInput
from extractor.pipeline import context_for, prepare
from extractor.settings import Settings


def prepared(text: str, published: date | None):
    inp = ArticleInput(article_id="t", path="t", format="txt", encoding="utf-8", text=text, published=published)
    return prepare(inp, context_for(Settings(kb=None)))


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        ("Xinhua said on the 5** that trade grew.", date(2024, 3, 20), date(2024, 3, 5)),
        ("The agency said in 28** that rules changed.", date(2024, 3, 2), date(2024, 2, 28)),
    ],
)
def test_masked_day_becomes_a_time_point(text: str, published: date, day: date) -> None:
    doc = prepared(text, published)
    points = [t for t in doc.times if t.rule == "mask.day"]
    assert len(points) == 1 and points[0].period == (day, day)
    assert doc.text[points[0].start : points[0].end].endswith("**")


def test_dateline_gives_the_published_date_when_no_sidecar() -> None:
    doc = prepared("SEOUL, Dec. 4, 2023 (Yonhap) -- Exports rose 7.8% in November.", None)
    assert doc.published == date(2023, 12, 4) and doc.published_from == "dateline"


def test_fast_mode_runs_without_a_statistical_model() -> None:
    res = extract_text("Exports rose 7.8% to $55.8 billion in November.", "2023-12-04", settings=Settings(model="none"))
    assert {(c.kind, c.value) for c in res.claims} >= {("figure", 55.8e9), ("percentage", 7.8)}


@lru_cache(maxsize=1)
def blank_english_tokenizer():
    import spacy

    return spacy.blank("en").tokenizer


@settings(deadline=None)  # the first example loads the pipelines
@given(st.text(alphabet=st.sampled_from(list("ab .,\n\t\u00a0\r-'$%1")), max_size=200))
def test_fast_mode_tokenizer_splits_like_a_blank_english_one(text: str) -> None:
    """The fast mode drops the tokenizer's whitespace special cases for speed; tokens stay the same."""
    from extractor.nlp import load_model

    plain = blank_english_tokenizer()
    assert [(t.text, t.whitespace_, t.norm_) for t in load_model("none").tokenizer(text)] == [
        (t.text, t.whitespace_, t.norm_) for t in plain(text)
    ]
