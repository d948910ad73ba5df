"""The repair stage: run the repair rules over the original text and apply the confident proposals."""

from __future__ import annotations

from extractor.repair.model import Mask, Repair, RepairResult, Span, Suspect, apply_spans
from extractor.repair.registry import Candidate, repair_rule
from extractor.repair.rules import DEFAULT_RULES

# Proposals at or above this confidence are applied; the rest become suspects. Chosen on
# bench/repair_bench.py (generated pairs + peer-spec sentences, never corpus/): number repairs of a
# bare integer read as a percentage score 0.7 and are kept; a quantity glued to a unit noun and far
# from its integer part (0.55 and below) is only suspected.
DEFAULT_MIN_CONFIDENCE = 0.6


def _overlaps(spans: tuple[Span, ...], taken: list[tuple[int, int]]) -> bool:
    """True when any span overlaps (or, for an empty span, touches the inside of) a taken region."""
    for sp in spans:
        for a, b in taken:
            if sp.start < b and a < sp.end:
                return True
            if sp.start == sp.end and a < sp.start < b:
                return True
    return False


def repair(text: str, *, min_confidence: float = DEFAULT_MIN_CONFIDENCE, rules: list[str] | None = None) -> RepairResult:
    """Repair garbled text: split decimals and debris are fixed, masks reported, doubts returned as suspects.

    Every rule reads the ORIGINAL text; proposals are applied from the most to the least confident
    and one that overlaps an applied repair is dropped to a suspect, so interacting repairs never
    corrupt the offsets. Clean text comes back byte-identical with no repairs.
    """
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
    taken: list[tuple[int, int]] = [(m.start, m.end) for m in masks]
    applied: list[Repair] = []
    for cand in sorted(candidates, key=lambda c: (-c.repair.confidence, c.repair.start)):
        rep = cand.repair
        if rep.confidence < min_confidence or _overlaps(rep.spans, taken):
            suspects.append(cand.fallback)
            continue
        applied.append(rep)
        taken.extend((sp.start, sp.end) for sp in rep.spans)
    applied.sort(key=lambda r: (r.start, r.end))
    suspects.sort(key=lambda s: (s.start, s.end))
    masks.sort(key=lambda m: (m.start, m.end))
    spans = [sp for rep in applied for sp in rep.spans]
    new_text, segments = apply_spans(text, spans)
    return RepairResult(original=text, text=new_text, repairs=applied, suspects=suspects, masks=masks,
                        segments=segments)
