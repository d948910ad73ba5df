"""The records extractor writes: one pydantic model per output file.

Every record carries `schema_version`; the JSON Schemas in `schemas/` are generated from these
models (`extractor schema --out schemas/`) and a test fails when the two drift apart. Field order
here is the key order in the JSONL files.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, model_validator

SCHEMA_VERSION = "1.0"

Direction = Literal["up", "down"]
Qualifier = Literal["about", "more_than", "less_than", "at_least", "at_most", "range_low", "range_high"]
Severity = Literal["info", "warning", "error"]
FlagStatus = Literal["open", "accepted", "rejected"]


class Record(BaseModel):
    """Base of every output record: strict fields, a schema version."""

    model_config = ConfigDict(extra="forbid")
    schema_version: Literal["1.0"] = SCHEMA_VERSION


class Evidence(BaseModel):
    """A span of the ORIGINAL article text: `original[start:end] == text`."""

    model_config = ConfigDict(extra="forbid")
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Evidence:
        if self.end < self.start or self.end - self.start != len(self.text):
            raise ValueError("evidence end must equal start + len(text)")
        return self


class RepairRef(BaseModel):
    """One repair applied to the text behind a claim (see `extractor.repair`)."""

    model_config = ConfigDict(extra="forbid")
    rule: str
    original: str
    repaired: str
    confidence: float = Field(ge=0, le=1)


class Period(BaseModel):
    """An inclusive date range a figure refers to."""

    model_config = ConfigDict(extra="forbid")
    start: date
    end: date

    @model_validator(mode="after")
    def _ordered(self) -> Period:
        if self.end < self.start:
            raise ValueError("period end before start")
        return self


class ClaimBase(Record):
    """Fields shared by all claims; every contract field is present in every record (null when n/a)."""

    claim_id: str
    article_id: str
    kind: str
    value: float | None = None
    unit: str | None = None
    direction: Direction | None = None
    qualifier: Qualifier | None = None
    period: Period | None = None
    subject: str | None = None
    metric: str | None = None
    actor: str | None = None
    action: str | None = None
    object: str | None = None
    effective: date | None = None
    entity_id: str | None = None
    attribution: str | None = None
    evidence: Evidence
    repairs: list[RepairRef] = Field(default_factory=list)
    confidence: float = Field(ge=0, le=1)


class FigureClaim(ClaimBase):
    """Money or a quantity, `value` in base units (`$55.8 billion` -> 55800000000)."""

    kind: Literal["figure"] = "figure"
    value: float
    range_id: str | None = None


class PercentageClaim(ClaimBase):
    """A percentage as stated (non-negative); `measure` tells a change from a share, a level or points."""

    kind: Literal["percentage"] = "percentage"
    value: float = Field(ge=0)
    unit: Literal["%"] = "%"
    measure: Literal["change", "share", "level", "points"] = "level"
    baseline: str | None = None
    range_id: str | None = None


class OfficialClaim(ClaimBase):
    """A person holding a role: person + role + organization + country."""

    kind: Literal["official"] = "official"
    person: str
    role: str | None = None
    organization: str | None = None
    country: str | None = None


class PolicyClaim(ClaimBase):
    """Who does what to what, from which date."""

    kind: Literal["policy"] = "policy"
    action: str
    status: Literal["announced", "in_effect", "planned"] | None = None


Claim = Annotated[Union[FigureClaim, PercentageClaim, OfficialClaim, PolicyClaim], Field(discriminator="kind")]
CLAIM_ADAPTER: TypeAdapter[Any] = TypeAdapter(Claim)


class ArticleRepair(BaseModel):
    """A repair made anywhere in the article (numbers and debris), with original offsets."""

    model_config = ConfigDict(extra="forbid")
    rule: str
    kind: str
    original: str
    repaired: str
    start: int
    end: int
    confidence: float = Field(ge=0, le=1)


class ArticleRecord(Record):
    """One ingested article: where it came from, its metadata and its original text."""

    article_id: str
    path: str
    format: Literal["txt", "md", "html", "jsonl"]
    encoding: str
    content_hash: str
    duplicate_of: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: date | None = None
    published_from: Literal["sidecar", "jsonl", "dateline"] | None = None
    chars: int
    repairs: list[ArticleRepair] = Field(default_factory=list)
    counts: dict[str, int] = Field(default_factory=dict)
    text: str


class Mention(BaseModel):
    """One surface form of an entity in one article."""

    model_config = ConfigDict(extra="forbid")
    article_id: str
    text: str
    start: int
    end: int


class EntityRecord(Record):
    """A person, organization or place, aggregated over the run."""

    entity_id: str
    type: Literal["person", "organization", "place"]
    name: str
    aliases: list[str]
    article_ids: list[str]
    role: str | None = None
    organization: str | None = None
    country: str | None = None
    kb_id: str | None = None
    mentions: list[Mention] = Field(default_factory=list)


class FlagRecord(Record):
    """Something a person should look at, with the evidence and a proposed fix."""

    flag_id: str
    article_id: str
    type: str
    severity: Severity
    message: str
    evidence: Evidence | None = None
    claim_ids: list[str] = Field(default_factory=list)
    entity_ids: list[str] = Field(default_factory=list)
    suggestion: str | None = None
    status: FlagStatus = "open"


class ErrorRecord(Record):
    """An article (or input file) that could not be processed, and why."""

    article_id: str | None
    path: str
    stage: str
    reason: str


class Manifest(Record):
    """What ran: versions, settings, counts and timings."""

    tool_version: str
    model: dict[str, str | None]
    settings: dict[str, Any]
    inputs: list[str]
    counts: dict[str, Any]
    timings: dict[str, float]


#: output file name -> record model (the order is the order files are listed in the manifest)
OUTPUT_MODELS: dict[str, Any] = {
    "articles": ArticleRecord,
    "claims": CLAIM_ADAPTER,
    "entities": EntityRecord,
    "flags": FlagRecord,
    "errors": ErrorRecord,
    "manifest": Manifest,
}


def json_schema(name: str) -> dict[str, Any]:
    """The JSON Schema of one output file's records."""
    model = OUTPUT_MODELS[name]
    if isinstance(model, TypeAdapter):
        schema = model.json_schema()
        schema["title"] = "Claim"
    else:
        schema = model.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema
