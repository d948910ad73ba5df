"""Typed vocabularies of the repair stage, loaded from YAML under extractor/data/repair/.

Data is data: the word lists the rules consult live in YAML files and are validated by these
pydantic models (extra="forbid"), so a bad entry fails with the file and the field.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from extractor.datafiles import load_yaml

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "repair"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Currency(_Strict):
    """One currency: ISO code and the English surface forms around a number."""

    code: str = Field(pattern=r"^[A-Z]{3}$")
    prefixes: list[str] = []
    words: list[str] = []


class ChineseUnit(_Strict):
    """A Chinese large-number unit read through English (yi = 1e8)."""

    name: str
    factor: int = Field(gt=1)
    max_digits: int = Field(ge=1, le=6)


class SplitDecimalVocab(_Strict):
    """Vocabulary of the split-decimal repair."""

    currencies: list[Currency]
    scales: dict[str, int]
    chinese_units: list[ChineseUnit]
    percent_words: list[str]
    unit_nouns: list[str]
    bare_followers: list[str]
    number_taking_words: list[str]
    month_names: list[str]
    dollar_prefix_words: list[str]


class Collocation(_Strict):
    """A word next to a mask and the masked word it suggests."""

    word: str
    suggestion: str
    reason: str


class MaskVocab(_Strict):
    """Collocations that suggest a masked word, and the cues of a masked day."""

    next_word: list[Collocation]
    previous_word: list[Collocation]
    day_cue_words: list[str]


class CjkPunct(_Strict):
    """A full-width punctuation mark and its ASCII stand-in."""

    char: str = Field(min_length=1, max_length=1)
    ascii: str = Field(min_length=1, max_length=1)
    space_after: bool
    space_before: bool


class BracketPair(_Strict):
    """An opening and a closing bracket."""

    open: str = Field(min_length=1, max_length=1)
    close: str = Field(min_length=1, max_length=1)


class DebrisVocab(_Strict):
    """Vocabulary of debris normalization."""

    cjk_punctuation: list[CjkPunct]
    lone_brackets: list[BracketPair]
    doubled_word_collapse: list[str]


@lru_cache(maxsize=1)
def split_decimal_vocab() -> SplitDecimalVocab:
    """The split-decimal vocabulary (cached)."""
    return load_yaml(DATA_DIR / "split_decimal.yaml", SplitDecimalVocab)


@lru_cache(maxsize=1)
def mask_vocab() -> MaskVocab:
    """The mask vocabulary (cached)."""
    return load_yaml(DATA_DIR / "masks.yaml", MaskVocab)


@lru_cache(maxsize=1)
def debris_vocab() -> DebrisVocab:
    """The debris vocabulary (cached)."""
    return load_yaml(DATA_DIR / "debris.yaml", DebrisVocab)
