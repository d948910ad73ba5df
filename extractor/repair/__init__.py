"""Repair stage: rejoin split decimals, normalize debris and report masked words, keeping provenance.

`repair(text)` returns the repaired text with an edit list (`RepairResult.repairs`, each with its
original spans) that maps every repaired position back to the original (`to_original`); uncertain
candidates come back as `suspects`, masked words as `masks` (never replaced).
"""

from __future__ import annotations

from extractor.repair.model import Mask, Repair, RepairResult, Span, Suspect
from extractor.repair.stage import DEFAULT_MIN_CONFIDENCE, repair

__all__ = ["DEFAULT_MIN_CONFIDENCE", "Mask", "Repair", "RepairResult", "Span", "Suspect", "repair"]
