"""Data files of the claim rules (units, currencies, scales, cues), validated by pydantic."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, model_validator

from ..datafiles import load_yaml

DATA = Path(__file__).resolve().parent.parent / "data"


class Currency(BaseModel):
    model_config = ConfigDict(extra="forbid")
    code: str
    prefixes: list[str]
    words: list[str]


class Units(BaseModel):
    model_config = ConfigDict(extra="forbid")
    scales: dict[str, float]
    short_scales: list[str]
    currencies: list[Currency]
    quantity_units: dict[str, list[str]]
    qualifiers: dict[str, list[str]]
    shared_currency_words: list[str]


def verb_forms(base: str) -> set[str]:
    """A verb and its regular inflections: impose -> imposes, imposed, imposing; ban -> bans, banned, banning;
    ease -> eases, eased, easing; dip -> dipped; ally -> allies, allied."""
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return {base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    third = base + "es" if base.endswith(("s", "sh", "ch", "x", "z", "o")) else base + "s"
    if base.endswith("e"):
        return {base, third, base + "d", base[:-1] + "ing"}
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgklmnprt]", base):  # short CVC: ban -> banned
        return {base, third, base + base[-1] + "ed", base + base[-1] + "ing"}
    return {base, third, base + "ed", base + "ing"}


class PercentCues(BaseModel):
    model_config = ConfigDict(extra="forbid")
    up: list[str]
    down: list[str]
    up_verbs: list[str] = []
    down_verbs: list[str] = []
    share_before: list[str]
    share_after: list[str]
    level: list[str]
    change_after: list[str]
    flip_before: list[str] = []
    pace_nouns: list[str] = []
    change_after_up: list[str] = []
    change_after_down: list[str] = []

    @model_validator(mode="after")
    def _inflect(self) -> "PercentCues":
        """Add every regular inflection of `up_verbs` and `down_verbs` to `up` and `down`."""
        for words, verbs in ((self.up, self.up_verbs), (self.down, self.down_verbs)):
            seen = set(words)
            words.extend(sorted(f for v in verbs for f in verb_forms(v) if f not in seen))
        return self


@lru_cache(maxsize=1)
def units() -> Units:
    return load_yaml(DATA / "units.yaml", Units)


@lru_cache(maxsize=1)
def percent_cues() -> PercentCues:
    return load_yaml(DATA / "percent_cues.yaml", PercentCues)
