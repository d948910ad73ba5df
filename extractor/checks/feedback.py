"""Judging a relation between stated numbers, with and without their repairs, and the flags that follow.

A relation is a predicate over the rounding intervals of the claims involved ("part / total * 100
meets share"). It is judged on the repaired readings and, when a claim involved had a number
repair, again on the unrepaired readings: a check that only passes with the repair confirms it
(the claim's confidence goes up), one that only passes without it casts doubt on it (confidence
goes down and the flag says so).
"""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from ..document import ArticleDoc
from ..ids import stable_id
from ..models import Evidence, FlagRecord
from .context import View
from .precision import Interval

Relation = Callable[[Mapping[str, Interval]], bool]
F = TypeVar("F", bound=Callable[..., Any])
log = logging.getLogger(__name__)

#: let a check's exception through instead of dropping its flags (tests set it; EXTRACTOR_STRICT_CHECKS=1)
STRICT = os.environ.get("EXTRACTOR_STRICT_CHECKS") == "1"

#: a repair confirmed by a check closes this share of the gap between its claim's confidence and 1
#: (a reconciling sum is strong but not conclusive evidence: the rounding intervals leave room)
CONFIRM_GAIN = 0.5
#: a repair contradicted by a check keeps this share of its claim's confidence
REFUTE_FACTOR = 0.5


@dataclass(frozen=True)
class Verdict:
    """Whether a relation holds as stated and, when repairs were involved, without them."""

    holds: bool
    holds_unrepaired: bool | None  # None: no claim involved had a number repair
    repaired: tuple[View, ...]


def judge(parts: Mapping[str, View], relation: Relation) -> Verdict:
    """Judge `relation` over the readings of `parts` (each must have a reading)."""
    intervals = {k: v.reading.interval for k, v in parts.items() if v.reading is not None}
    holds = relation(intervals)
    touched = tuple(v for v in parts.values() if v.original is not None)
    if not touched:
        return Verdict(holds, None, ())
    alt = {k: (v.original.interval if v.original is not None else v.reading.interval) for k, v in parts.items() if v.reading}
    return Verdict(holds, relation(alt), touched)


def repair_note(verdict: Verdict) -> str:
    """The sentence a flag message adds about the repairs involved (empty without any)."""
    if verdict.holds_unrepaired is None:
        return ""
    undone = "; ".join(f"'{r.original}' -> '{r.repaired}'" for v in verdict.repaired for r in v.claim.repairs)
    if verdict.holds_unrepaired:
        confs = ", ".join(f"{v.claim.confidence:.2f}" for v in verdict.repaired)
        return f" It reconciles WITHOUT the number repair ({undone}), so that repair is doubtful; claim confidence lowered to {confs}."
    return f" Undoing the number repair ({undone}) does not reconcile it either."


def apply_feedback(verdict: Verdict) -> None:
    """Raise the confidence of repaired claims a passing check confirms; lower it when only the unrepaired reading passes."""
    if verdict.holds_unrepaired is None:
        return
    for v in verdict.repaired:
        c = v.claim.confidence
        if verdict.holds and not verdict.holds_unrepaired:
            v.claim.confidence = round(min(1.0, c + (1.0 - c) * CONFIRM_GAIN), 4)
        elif not verdict.holds and verdict.holds_unrepaired:
            v.claim.confidence = round(c * REFUTE_FACTOR, 4)


def make_flag(
    article_id: str,
    severity: str,
    message: str,
    *,
    evidence: Evidence | None,
    claim_ids: list[str],
    suggestion: str | None,
    key: object,
    type_: str = "inconsistency",
) -> FlagRecord:
    """A flag record with the same stable id `ArticleDoc.flag` would give it (article, type, evidence, key)."""
    where = (evidence.start, evidence.end) if evidence else ()
    return FlagRecord(
        flag_id=stable_id("f", article_id, type_, where, key),
        article_id=article_id,
        type=type_,
        severity=severity,  # type: ignore[arg-type]
        message=message,
        evidence=evidence,
        claim_ids=claim_ids,
        suggestion=suggestion,
    )


def settle(
    doc: ArticleDoc,
    check_name: str,
    parts: Mapping[str, View],
    relation: Relation,
    *,
    anchor: View,
    describe: Callable[[], tuple[str, str | None]],
    severity: str = "warning",
) -> list[FlagRecord]:
    """Judge, feed the verdict back to repaired claims, and flag when the relation fails as stated.

    `describe` returns (message, suggestion) and is only called for a failing relation; `anchor`
    is the stated claim the flag points at.
    """
    if any(v.reading is None for v in parts.values()):
        return []
    verdict = judge(parts, relation)
    apply_feedback(verdict)
    if verdict.holds:
        return []
    message, suggestion = describe()
    if verdict.holds_unrepaired:
        printed = ", ".join(v.original.text for v in verdict.repaired if v.original is not None)
        suggestion = f"undo the number repair: read {printed} as printed"
    ids = list(dict.fromkeys(v.claim.claim_id for v in parts.values()))
    return [
        make_flag(
            doc.article_id,
            severity,
            message + repair_note(verdict),
            evidence=anchor.claim.evidence,
            claim_ids=ids,
            suggestion=suggestion,
            key=(check_name, *ids),
        )
    ]


def guarded(func: F) -> F:
    """Run a check so that a bug in it costs its flags, not the article's records (unless STRICT)."""

    @functools.wraps(func)
    def wrapper(arg: Any) -> list[FlagRecord]:
        try:
            return func(arg)
        except Exception:
            if STRICT:
                raise
            log.warning("consistency check %s failed; its flags are skipped", func.__name__, exc_info=True)
            return []

    return wrapper  # type: ignore[return-value]
