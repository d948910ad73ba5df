"""Builders for the consistency-check tests: small articles with hand-built claims, and runs of the pipeline."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace
from typing import Any

import pytest

from extractor.checks import feedback
from extractor.claims.numbers import find_numbers
from extractor.document import ArticleDoc
from extractor.ingest import ArticleInput
from extractor.models import Evidence, FigureClaim, PercentageClaim, Period
from extractor.repair.model import RepairResult


@pytest.fixture(autouse=True)
def strict_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    """A check's exception fails the test instead of being logged away."""
    monkeypatch.setattr(feedback, "STRICT", True)


def period(spec: str | None) -> Period | None:
    """'2023-11' -> November 2023; '2023-01..2023-11' -> January to November; None -> None."""
    if spec is None:
        return None
    lo, _, hi = spec.partition("..")
    hi = hi or lo

    def first(s: str) -> date:
        y, m = map(int, s.split("-")[:2])
        return date(y, m, 1)

    def last(s: str) -> date:
        y, m = map(int, s.split("-")[:2])
        nxt = date(y + (m == 12), m % 12 + 1, 1)
        return date.fromordinal(nxt.toordinal() - 1)

    return Period(start=first(lo), end=last(hi))


def claim(doc_text: str, surface: str, *, nth: int = 0, article_id: str = "t", **fields: Any) -> Any:
    """A figure or percentage claim for the `nth` occurrence of `surface` in `doc_text` (value read from it)."""
    start = -1
    for _ in range(nth + 1):
        start = doc_text.index(surface, start + 1)
    end = start + len(surface)
    mention = find_numbers(surface)[0]
    fields.setdefault("period", None)
    if isinstance(fields["period"], str):
        fields["period"] = period(fields["period"])
    common = dict(
        claim_id=f"c_{article_id}_{start}",
        article_id=article_id,
        value=mention.value,
        evidence=Evidence(text=surface, start=start, end=end),
        confidence=0.9,
    )
    if mention.kind == "percent":
        fields.setdefault("measure", "level")
        return PercentageClaim(**common, **fields)
    return FigureClaim(**common, unit=mention.unit, **fields)


def make_doc(text: str, specs: list[tuple[str, dict]], article_id: str = "t") -> ArticleDoc:
    """An ArticleDoc over clean `text` (no repairs, no parse) holding the claims `specs` describe."""
    inp = ArticleInput(article_id=article_id, path="<test>", format="txt", encoding="utf-8", text=text)
    doc = ArticleDoc(input=inp, repaired=RepairResult(text, text, [], [], []), published=None, published_from=None)
    seen: dict[str, int] = {}
    for surface, fields in specs:
        nth = seen.get(surface, 0)
        seen[surface] = nth + 1
        doc.claims.append(claim(text, surface, nth=nth, article_id=article_id, **fields))
    return doc


def result(article_id: str, claims: list[Any], duplicate_of: str | None = None) -> Any:
    """What a run-scope check reads of one article: `.article` (id, duplicate_of) and `.claims`."""
    return SimpleNamespace(article=SimpleNamespace(article_id=article_id, duplicate_of=duplicate_of), claims=claims)


def inconsistencies(flags: list[Any]) -> list[Any]:
    return [f for f in flags if f.type == "inconsistency"]
