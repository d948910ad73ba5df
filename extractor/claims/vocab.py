"""Data files of the claim rules (units, currencies, scales, cues), validated by pydantic."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

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


def load_yaml(path: Path, model: type[BaseModel]) -> BaseModel:
    """A data file validated by its model; errors name the file."""
    try:
        return model.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except (OSError, yaml.YAMLError, ValidationError) as exc:
        raise ValueError(f"{path}: invalid data file: {exc}") from exc


@lru_cache(maxsize=1)
def units() -> Units:
    return load_yaml(DATA / "units.yaml", Units)  # type: ignore[return-value]


@lru_cache(maxsize=1)
def percent_cues() -> PercentCues:
    return load_yaml(DATA / "percent_cues.yaml", PercentCues)  # type: ignore[return-value]
