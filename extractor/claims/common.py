"""Building claim records from a span of the repaired text."""

from __future__ import annotations

from typing import Any

from ..document import ArticleDoc
from ..ids import stable_id

#: confidence of a claim read from clean text by the number rules (on the seed and the corpus dev
#: split every clean money/percent mention with a unit was a true claim; the margin is for subjects
#: and periods, which are heuristic)
BASE_CONFIDENCE = 0.9


def build_claim(doc: ArticleDoc, model: type, rule: str, start: int, end: int, **fields: Any) -> Any:
    """A claim of `model` for the repaired-text span [start, end), with evidence and repairs."""
    evidence, repairs = doc.evidence(start, end)
    confidence = BASE_CONFIDENCE
    for r in repairs:
        confidence = min(confidence, BASE_CONFIDENCE * r.confidence)
    claim_id = stable_id("c", doc.article_id, fields.get("kind", model.__name__), evidence.start, evidence.end, rule)
    return model(
        claim_id=claim_id,
        article_id=doc.article_id,
        evidence=evidence,
        repairs=repairs,
        confidence=round(confidence, 4),
        **fields,
    )
