"""The registry of repair rules and the proposals they return.

A repair rule is a function `(text: str) -> list[Proposal]`; it reads the ORIGINAL text only and
never edits it. The stage (extractor/repair/stage.py) resolves overlaps between proposals, applies
the confident ones and reports the rest as suspects. A new rule is a new module registering itself
with `@repair_rule("family.name")` plus its import in extractor/repair/rules.py.
"""

from __future__ import annotations

from dataclasses import dataclass

from extractor.registry import Registry
from extractor.repair.model import Mask, Repair, Suspect

repair_rule = Registry("repair rule")


@dataclass(frozen=True)
class Candidate:
    """A proposed repair; `fallback` is reported instead when it is not applied."""

    repair: Repair
    fallback: Suspect


Proposal = Candidate | Suspect | Mask
