"""Pydantic models of the knowledge-base files in corpus/kb/ (people, organizations, countries, vocabularies).

Every model forbids unknown keys, so a misspelt field fails loading with the file and entry named
(see `extractor.normalize.kbfiles`).
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .text import is_cjk_ideograph

_ID_RE = re.compile(r"^[a-z]{2,3}-[a-z0-9-]{1,80}$")
_PARTIAL_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")

OrganizationType = Literal[
    "ministry",
    "agency",
    "central_bank",
    "news_agency",
    "media",
    "trade_body",
    "research_institute",
    "company",
    "government_office",
    "legislature",
    "international_organization",
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _check_id(value: str) -> str:
    if not _ID_RE.match(value):
        raise ValueError(f"id {value!r} must look like 'kr-bang-moon-kyu' (prefix, dash, lowercase words)")
    return value


class PartialDate(_Strict):
    """A date known to the year, month or day ("2023", "2023-09", "2023-09-20")."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, value: object) -> PartialDate | None:
        """Read a YAML value (date, int year or string) into a PartialDate; None stays None."""
        if value is None:
            return None
        if isinstance(value, PartialDate):
            return value
        if isinstance(value, date):
            return cls(year=value.year, month=value.month, day=value.day)
        match = _PARTIAL_DATE_RE.match(str(value).strip())
        if not match:
            raise ValueError(f"date {value!r} must be YYYY, YYYY-MM or YYYY-MM-DD")
        year, month, day = match.groups()
        parsed = cls(year=int(year), month=int(month) if month else None, day=int(day) if day else None)
        try:
            parsed.first_day()
        except ValueError as exc:
            raise ValueError(f"date {value!r}: {exc}") from exc
        return parsed

    def first_day(self) -> date:
        """Earliest day the partial date can mean."""
        return date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> date:
        """Latest day the partial date can mean."""
        month = self.month or 12
        return date(self.year, month, self.day or calendar.monthrange(self.year, month)[1])

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month:
            text += f"-{self.month:02d}"
        if self.day:
            text += f"-{self.day:02d}"
        return text


class NativeNames(_Strict):
    """A person's name in native scripts; Japanese kanji are written 'family given' with one space.

    `chu_han` is a Vietnamese name in the Chinese characters Chinese-language media write it with (Tô Lâm
    蘇林): its pinyin ("Su Lin") is how machine translation from Chinese renders the name.
    """

    hanzi: str | None = None
    hanja: str | None = None
    hangul: str | None = None
    kanji: str | None = None
    chu_han: str | None = None

    @field_validator("hangul")
    @classmethod
    def _hangul_only(cls, value: str | None) -> str | None:
        if value is not None and not all("\uac00" <= ch <= "\ud7a3" for ch in value):
            raise ValueError(f"hangul {value!r} must contain only precomposed hangul syllables")
        return value

    @field_validator("chu_han")
    @classmethod
    def _ideographs_only(cls, value: str | None) -> str | None:
        if value is not None and not (value and all(is_cjk_ideograph(ch) for ch in value)):
            raise ValueError(f"chu_han {value!r} must contain only CJK ideographs (no spaces)")
        return value

    @field_validator("kanji")
    @classmethod
    def _kanji_split(cls, value: str | None) -> str | None:
        if value is not None and value.count(" ") > 1:
            raise ValueError(f"kanji {value!r}: write 'family given' with at most one space")
        return value


class Office(_Strict):
    """One office a person held: role id (see vocab/roles.yaml), organization id, country, dates."""

    role: str
    title: str | None = None
    organization: str | None = None
    country: str | None = None
    from_: PartialDate | None = Field(default=None, alias="from")
    to: PartialDate | None = None
    source: str | None = None
    # The dates (or their precision) are not known for certain: they are written as the best knowledge
    # (a year rather than a day, or null) and this flag says so; resolution still uses them.
    uncertain: bool = False

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @field_validator("from_", "to", mode="before")
    @classmethod
    def _dates(cls, value: object) -> PartialDate | None:
        return PartialDate.parse(value)

    @model_validator(mode="after")
    def _ordered(self) -> Office:
        if self.from_ and self.to and self.to.last_day() < self.from_.first_day():
            raise ValueError(f"office {self.role}: 'to' {self.to} is before 'from' {self.from_}")
        return self

    def start(self) -> date | None:
        """First day the office may have started (None when unknown)."""
        return self.from_.first_day() if self.from_ else None

    def end(self) -> date | None:
        """Last day the office may have lasted to (None when open or unknown)."""
        return self.to.last_day() if self.to else None

    def covers(self, on: date) -> bool:
        """Whether the office may have been held on the given day."""
        start, end = self.start(), self.end()
        return (start is None or start <= on) and (end is None or on <= end)


class KBPerson(_Strict):
    """A person of the knowledge base with canonical name, native names, aliases and offices."""

    id: str
    name: str
    family_name: str | None
    native: NativeNames = NativeNames()
    aliases: list[str] = []
    offices: list[Office] = []
    source: str

    @field_validator("id")
    @classmethod
    def _id(cls, value: str) -> str:
        return _check_id(value)

    @model_validator(mode="after")
    def _family_in_name(self) -> KBPerson:
        if self.family_name and self.family_name.lower() not in self.name.lower():
            raise ValueError(f"family_name {self.family_name!r} does not occur in name {self.name!r}")
        return self


class KBOrganization(_Strict):
    """An organization with aliases, abbreviations, type and country."""

    id: str
    name: str
    type: OrganizationType
    country: str | None = None
    aliases: list[str] = []
    abbreviations: list[str] = []
    native: str | None = None
    parent: str | None = None
    source: str

    @field_validator("id")
    @classmethod
    def _id(cls, value: str) -> str:
        return _check_id(value)


class Country(_Strict):
    """A country or economy with its common names, adjectives/demonyms and abbreviations."""

    code: str
    name: str
    names: list[str] = []
    adjectives: list[str] = []
    abbreviations: list[str] = []
    source: str

    @field_validator("code")
    @classmethod
    def _code(cls, value: str) -> str:
        if not re.fullmatch(r"[A-Z]{2}", value):
            raise ValueError(f"country code {value!r} must be two capital letters (ISO 3166-1 alpha-2)")
        return value


class TitleRule(_Strict):
    """A title word ('minister') and the role ids it may mean, in priority order."""

    title: str
    roles: list[str]
    organization: str | None = None  # a title that names its organization ("USTR")


class RolesVocab(_Strict):
    """vocab/roles.yaml: title words, topic patterns and topic organization types."""

    titles: list[TitleRule]
    topic_patterns: list[str]
    topic_types: dict[str, OrganizationType] = {}


class OrganizationWords(_Strict):
    """vocab/organization_words.yaml: stopwords, replacements and generic words for org matching."""

    stopwords: list[str]
    replacements: dict[str, str]
    generic: list[str]


class KoreanTables(_Strict):
    """Korean romanization tables (RR and MR per jamo index, plus press spellings)."""

    initials_rr: list[str] = Field(min_length=19, max_length=19)
    initials_mr: list[str] = Field(min_length=19, max_length=19)
    mr_voiced: dict[str, str]
    medials_rr: list[str] = Field(min_length=21, max_length=21)
    medials_mr: list[str] = Field(min_length=21, max_length=21)
    finals_rr: list[str] = Field(min_length=28, max_length=28)
    finals_mr: list[str] = Field(min_length=28, max_length=28)
    onset_variants: dict[str, list[str]]
    rime_variants: dict[str, list[str]]
    syllables: dict[str, list[str]]
    compound_surnames: list[str]


class ChineseTables(_Strict):
    """Pinyin ü spellings and compound surnames."""

    u_umlaut_spellings: list[str]
    surname_readings: dict[str, str]
    compound_surnames: list[str]


class RomanizationVocab(_Strict):
    """vocab/romanization.yaml."""

    korean: KoreanTables
    chinese: ChineseTables
    skeleton_rules: list[tuple[str, str]]
