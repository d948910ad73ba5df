"""The repair stage: run the repair rules over the original text and apply the confident proposals."""

from __future__ import annotations

import itertools

from extractor.repair.model import (
    Mask,
    Repair,
    RepairResult,
    Span,
    Suspect,
    apply_spans,
)
from extractor.repair.registry import Candidate, repair_rule
from extractor.repair.rules import DEFAULT_RULES

# Proposals at or above this confidence are applied; the rest become suspects. Chosen on
# bench/repair_bench.py (generated pairs + peer-spec sentences, never corpus/): number repairs of a
# bare integer read as a percentage score 0.7 and are kept; a quantity glued to a unit noun and far
# from its integer part (0.55 and below) is only suspected.
DEFAULT_MIN_CONFIDENCE = 0.6


class _Taken:
    """Which original characters are already claimed by a mask or an applied repair (linear time)."""

    def __init__(self, size: int) -> None:
        self.chars = bytearray(size + 1)

    def claim(self, start: int, end: int) -> None:
        self.chars[start:end] = b"\x01" * (end - start)

    def overlaps(self, spans: tuple[Span, ...]) -> bool:
        """True when a span overlaps a claimed character (an empty span: sits inside a claimed run)."""
        for sp in spans:
            if sp.end > sp.start and any(self.chars[sp.start:sp.end]):
                return True
            if sp.start == sp.end and 0 < sp.start and self.chars[sp.start - 1] and self.chars[sp.start]:
                return True
        return False


# Repairs can uncover new ones ("in [in" -> "in in" -> "in"); passes run until nothing changes.
# Three passes reach the fixed point on every input the property tests generate.
MAX_PASSES = 3


def repair(text: str, *, min_confidence: float = DEFAULT_MIN_CONFIDENCE, rules: list[str] | None = None) -> RepairResult:
    """Repair garbled text: split decimals and debris are fixed, masks reported, doubts returned as suspects.

    Every rule reads the ORIGINAL text; proposals are applied from the most to the least confident
    and one that overlaps an applied repair is dropped to a suspect, so interacting repairs never
    corrupt the offsets. When the repaired text still has something to repair (a removal made two
    words meet), another pass runs and its edits are mapped back onto the original, so the result
    is idempotent. Clean text comes back byte-identical with no repairs.
    """
    result = _one_pass(text, min_confidence, rules)
    if not result.repairs:
        return result  # the text is unchanged: another pass would read the same text and find the same
    for _ in range(MAX_PASSES - 1):
        again = _one_pass(result.text, min_confidence, rules)
        if not again.repairs:
            break
        composed = _compose(result, again)
        if composed is None:
            break
        result = composed
    return result


def _one_pass(text: str, min_confidence: float, rules: list[str] | None) -> RepairResult:
    """Run every rule over `text` once and apply the confident, non-overlapping proposals."""
    candidates: list[Candidate] = []
    suspects: list[Suspect] = []
    masks: list[Mask] = []
    for _name, rule in repair_rule.select(rules if rules is not None else DEFAULT_RULES):
        for prop in rule(text):
            if isinstance(prop, Candidate):
                candidates.append(prop)
            elif isinstance(prop, Suspect):
                suspects.append(prop)
            else:
                masks.append(prop)
    taken = _Taken(len(text))
    for m in masks:
        taken.claim(m.start, m.end)
    applied: list[Repair] = []
    for cand in sorted(candidates, key=lambda c: (-c.repair.confidence, c.repair.start)):
        rep = cand.repair
        if rep.confidence < min_confidence or taken.overlaps(rep.spans):
            suspects.append(cand.fallback)
            continue
        applied.append(rep)
        for sp in rep.spans:
            taken.claim(sp.start, sp.end)
    applied.sort(key=lambda r: (r.start, r.end))
    suspects.sort(key=lambda s: (s.start, s.end))
    masks.sort(key=lambda m: (m.start, m.end))
    spans = [sp for rep in applied for sp in rep.spans]
    new_text, segments = apply_spans(text, spans)
    return RepairResult(original=text, text=new_text, repairs=applied, suspects=suspects, masks=masks,
                        segments=segments)


def _compose(first: RepairResult, second: RepairResult) -> RepairResult | None:
    """Express the repairs of a second pass (over first.text) in first.original's offsets.

    A second-pass span that touches a first-pass region widens to that region and carries its
    repaired text, so the edit map stays exact; returns None if the composition does not
    reproduce second.text (then the first pass stands).
    """
    original = first.original
    mid = first.text
    moved: list[Repair] = []
    for rep in second.repairs:
        spans = []
        for sp in rep.spans:
            if sp.start == sp.end:
                o_start, _ = first.to_original(sp.start, sp.start)
                o_end = o_start
            else:
                o_start, o_end = first.to_original(sp.start, sp.end)
            m_start, m_end = first.to_repaired(o_start, o_end)
            m_start, m_end = min(m_start, sp.start), max(m_end, sp.end)
            replacement = mid[m_start:sp.start] + sp.replacement + mid[sp.end:m_end]
            spans.append(Span(o_start, o_end, replacement))
        start, end = spans[0].start, spans[-1].end
        moved.append(Repair(rule=rep.rule, kind=rep.kind, spans=tuple(spans), original=original[start:end],
                            repaired=rep.repaired, value=rep.value, confidence=rep.confidence, start=start, end=end,
                            unit=rep.unit, message=rep.message + " (found after an earlier repair)"))
    edits = [sp for rep in moved for sp in rep.spans]

    def absorbed(sp: Span) -> bool:
        return any(e.start <= sp.start and sp.end <= e.end and e.end > e.start for e in edits)

    kept = [sp for rep in first.repairs for sp in rep.spans if not absorbed(sp)]
    all_spans = sorted(kept + edits, key=lambda s: (s.start, s.end))
    for a, b in itertools.pairwise(all_spans):
        if a.end > b.start:
            return None
    try:
        new_text, segments = apply_spans(original, all_spans)
    except ValueError:
        return None
    if new_text != second.text:
        return None
    suspects = list(first.suspects)
    seen = {(s.rule, s.start, s.end) for s in suspects}
    for sus in second.suspects:
        o_start, o_end = first.to_original(sus.start, sus.end)
        if (sus.rule, o_start, o_end) not in seen:
            suspects.append(Suspect(sus.rule, o_start, o_end, original[o_start:o_end], sus.suggestion,
                                    sus.confidence, sus.message))
    # a first-pass repair whose every span a second-pass edit swallowed is part of that edit ("in]in" -> "in in" -> "in")
    survivors = [r for r in first.repairs if not all(absorbed(sp) for sp in r.spans)]
    repairs = sorted(survivors + moved, key=lambda r: (r.start, r.end))
    return RepairResult(original=original, text=new_text, repairs=repairs,
                        suspects=sorted(suspects, key=lambda s: (s.start, s.end)), masks=first.masks,
                        segments=segments)
