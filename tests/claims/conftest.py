"""Fixtures of the claim-rule tests: an `ArticleDoc` built from a sentence the way the pipeline builds it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from extractor.dates import find_time_expressions
from extractor.document import ArticleDoc
from extractor.ingest import ArticleInput
from extractor.nlp import load_model
from extractor.repair import repair

#: the publication date the test sentences are read against
PUBLISHED = date(2023, 12, 4)


def build_doc(text: str, published: date | None = PUBLISHED) -> ArticleDoc:
    """Repair, time expressions and parse of `text`, as `extractor.pipeline.prepare` + `parse` do."""
    inp = ArticleInput(
        article_id="t", path="<test>", format="txt", encoding="utf-8", text=text, published=published,
        published_from="sidecar" if published else None,
    )
    doc = ArticleDoc(input=inp, repaired=repair(text), published=published, published_from=inp.published_from)
    doc.times = find_time_expressions(doc.text, published)
    doc.nlp = load_model()(doc.text)
    return doc


@pytest.fixture(scope="session")
def make_doc() -> Callable[..., ArticleDoc]:
    return build_doc
