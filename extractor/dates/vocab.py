"""Load the date vocabulary (month names, cue words, fiscal-year conventions) from extractor/data/dates/."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from extractor.datafiles import load_yaml

VOCAB_PATH = Path(__file__).resolve().parent.parent / "data" / "dates" / "vocab.yaml"
CLAIM_CUES_PATH = VOCAB_PATH.with_name("claim_cues.yaml")


class FiscalConvention(BaseModel):
    """A fiscal-year convention: the month it starts in and which calendar year names it."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    start_month: int = Field(ge=1, le=12)
    label: Literal["start", "end"]
    cues: list[str]
    #: currency words and symbols of the convention's country ("A$", "rupees"): in the sentence of a fiscal year
    #: they name whose accounts its figures are, and outrank a country named there (Australia's exports to India)
    currency_cues: list[str] = []


class DateVocab(BaseModel):
    """Every word list the date rules use (see vocab.yaml for what each one means)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    months: dict[str, int]
    month_abbreviations: dict[str, int]
    ambiguous_months: list[str]
    month_context_words: list[str]
    ordinals: dict[str, int]
    cardinals: dict[str, int]
    weekdays: list[str] = Field(min_length=7, max_length=7)
    future_cues: list[str]
    baseline_cues: list[str]
    point_cues: list[str]
    fiscal_conventions: list[FiscalConvention]
    default_fiscal: str
    non_terminal_abbreviations: list[str]
    year_modified_nouns: list[str] = []
    contract_month_nouns: list[str] = []
    season_nouns: list[str] = []

    @model_validator(mode="after")
    def _check(self) -> DateVocab:
        for name, number in {**self.months, **self.month_abbreviations}.items():
            if not 1 <= number <= 12:
                raise ValueError(f"month {name!r} has number {number}, expected 1..12")
        if sorted(set(self.months.values())) != list(range(1, 13)):
            raise ValueError("months must name each of the 12 months")
        if self.default_fiscal not in {c.name for c in self.fiscal_conventions}:
            raise ValueError(f"default_fiscal {self.default_fiscal!r} is not a fiscal_conventions name")
        return self

    def month_number(self, word: str) -> int:
        """The month number of a full or abbreviated month name in any case ("Sept." -> 9)."""
        key = word.rstrip(".").capitalize()
        return self.months.get(key) or self.month_abbreviations[key]

    def count(self, word: str) -> int:
        """A number written as digits, a cardinal or an ordinal word ("nine", "10", "third", "3rd")."""
        low = word.lower()
        if low[:1].isdigit():
            return int(low.rstrip("stndrh"))
        return self.cardinals.get(low) or self.ordinals[low]

    def fiscal(self, name: str) -> FiscalConvention:
        """The fiscal convention called name."""
        return next(c for c in self.fiscal_conventions if c.name == name)


@lru_cache(maxsize=1)
def load_vocab(path: Path = VOCAB_PATH) -> DateVocab:
    """Read and validate the vocabulary file, failing with its path on a bad entry."""
    return load_yaml(path, DateVocab)


class ClaimCues(BaseModel):
    """Words that tell whether a number describes a period and which way it moved (see claim_cues.yaml)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    threshold_before: list[str]
    per_unit_words: list[str]
    rate_time_leads: list[str]
    rate_time_units: list[str]
    rate_level_words: list[str]
    measured_rate_words: list[str]
    instrument_words: list[str]
    scope_words: list[str]
    generic_adverbs: list[str]
    growth_nouns: list[str]
    decline_nouns: list[str]
    event_participles: list[str] = []
    level_participles: list[str] = []
    pledge_heads: list[str] = []
    pledge_verbs: list[str] = []
    standing_verbs: list[str] = []
    stock_verbs: list[str] = []
    not_decided_rate_words: list[str] = []


@lru_cache(maxsize=1)
def load_claim_cues(path: Path = CLAIM_CUES_PATH) -> ClaimCues:
    """Read and validate the claim cue file, failing with its path on a bad entry."""
    return load_yaml(path, ClaimCues)
