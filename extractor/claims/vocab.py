"""Data files of the claim rules (units, currencies, scales, cues), validated by pydantic."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

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


class PercentCues(BaseModel):
    model_config = ConfigDict(extra="forbid")
    up: list[str]
    down: list[str]
    share_before: list[str]
    share_after: list[str]
    level: list[str]
    change_after: list[str]
    flip_before: list[str] = []


@lru_cache(maxsize=1)
def units() -> Units:
    return load_yaml(DATA / "units.yaml", Units)


@lru_cache(maxsize=1)
def percent_cues() -> PercentCues:
    return load_yaml(DATA / "percent_cues.yaml", PercentCues)
