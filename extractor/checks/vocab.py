"""Data files of the consistency checks (roles, cues, aliases, plausibility bounds), validated by pydantic."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from ..claims.vocab import load_yaml

DATA = Path(__file__).resolve().parent.parent / "data" / "checks"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CheckVocab(_Strict):
    """Words the checks read around numbers, and the spellings they treat as one."""

    roles: dict[Literal["exports", "imports", "balance", "trade"], list[str]]
    surplus_words: list[str]
    deficit_words: list[str]
    total_words: list[str]
    part_cues: list[str]
    share_bridges: list[str]
    partner_preps: list[str]
    abbreviations: list[str]
    month_names: list[str]
    aliases: dict[str, list[str]]
    metric_synonyms: dict[str, list[str]]
    metric_stopwords: list[str]
    generic_metric_words: list[str]
    time_words: list[str]
    measure_nouns: dict[str, list[str]]
    change_nouns: list[str]
    part_openers: list[str]
    direction_verbs: dict[Literal["up", "down"], list[str]]
    direction_breaks: list[str]
    owner_filler: list[str]
    difference_verbs: dict[Literal["larger", "smaller"], list[str]]
    difference_comparatives: dict[Literal["larger", "smaller"], list[str]]
    composition_verbs: list[str]
    bilateral_words: list[str]
    measure_qualifiers: list[str]


class PercentBound(_Strict):
    """Largest sensible value of a kind of percentage."""

    name: str
    measures: list[Literal["change", "share", "level", "points"]]
    max: float
    severity: Literal["info", "warning", "error"]
    source: str
    direction: Literal["up", "down"] | None = None
    metric_words: list[str] | None = None  # only percentages whose context names one of these
    unless_metric: list[str] = []  # not percentages whose context names one of these


class MoneyBound(_Strict):
    """Largest sensible amount (in US dollars) of a money figure whose context names a metric word."""

    name: str
    metric_words: list[str]  # empty: any amount
    max_usd: float
    source: str


class UnitPriceBound(_Strict):
    """A ceiling on money per kilogram for goods counted by weight ("44.8 tons, worth $X")."""

    name: str
    metric_words: list[str]  # empty: any goods
    unless_metric: list[str] = []  # not goods whose context names one of these
    max_usd_per_kg: float
    source: str


class QuantityBound(_Strict):
    """Largest sensible weight (in tons) of goods whose context names one of `metric_words`: a harvest, a stock, a
    country's trade in them over at most a year ("1.07 billion tons of durian" is a scale word slip)."""

    name: str
    metric_words: list[str]
    unless_metric: list[str] = []  # not goods whose context names one of these
    max_tons: float
    source: str


class RateMoveBound(_Strict):
    """When a move of an interest rate stated in percentage points is too large for the rate's level ("cut by 100 points" to 5.5%)."""

    metric_words: list[str]  # the move's context names one of these (an interest rate)
    unless_metric: list[str]  # ... and none of these (tariffs, taxes: other rates that do move by scores of points)
    min_points: float  # moves smaller than this are never flagged
    max_ratio: float  # a move larger than this many times the rate's level is flagged
    source: str


class DailyRateBound(_Strict):
    """Largest sensible flow per day of a unit ("5.9 billion barrels per day" is a scale word slip)."""

    name: str
    units: list[str]  # claim units (extractor/data/units.yaml names)
    max_per_day: float
    source: str


class Bounds(_Strict):
    """Plausibility bounds and the exchange rates that put money in one scale."""

    percentages: list[PercentBound]
    rate_moves: RateMoveBound
    money: list[MoneyBound]
    unit_prices: list[UnitPriceBound]
    quantities: list[QuantityBound]
    daily_rates: list[DailyRateBound]
    kg_per_unit: dict[str, float]
    usd_per_unit: dict[str, float]


@lru_cache(maxsize=1)
def check_vocab() -> CheckVocab:
    return load_yaml(DATA / "vocab.yaml", CheckVocab)


@lru_cache(maxsize=1)
def bounds() -> Bounds:
    return load_yaml(DATA / "bounds.yaml", Bounds)
