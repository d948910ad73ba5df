"""`ArticleDoc`: one article as it moves through the stages, and the helpers rules share.

The repair stage fixes the text; NLP and the rules read the REPAIRED text (`doc.text`); every
record they make points into the ORIGINAL text through `evidence()`, which maps offsets back and
widens a span to cover the repairs it touches.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from .ids import stable_id
from .ingest import ArticleInput
from .models import Evidence, FlagRecord, RepairRef

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from .dates import TimeExpr
    from .repair import RepairResult


@dataclass
class ArticleDoc:
    """An article between stages: input, repair result, parsed doc and the records found so far."""

    input: ArticleInput
    repaired: RepairResult
    published: date | None
    published_from: str | None
    nlp: Doc | None = None
    times: list[TimeExpr] = field(default_factory=list)
    claims: list[Any] = field(default_factory=list)
    flags: list[FlagRecord] = field(default_factory=list)
    mentions: list[Any] = field(default_factory=list)  # entity mentions (extractor.normalize.Mention)
    clusters: list[Any] = field(default_factory=list)  # resolved entities of this article
    cache: dict[str, Any] = field(default_factory=dict)  # results rules share (e.g. number mentions)

    @property
    def article_id(self) -> str:
        return self.input.article_id

    @property
    def text(self) -> str:
        """The repaired text the rules read."""
        return self.repaired.text

    @property
    def original(self) -> str:
        return self.repaired.original

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of a repaired-text span, widened to cover every repair it touches."""
        ostart, oend = self.repaired.to_original(start, end)
        for rep in self.repaired.repairs_between(ostart, max(oend, ostart + 1)):
            if rep.kind == "number":
                ostart, oend = min(ostart, rep.start), max(oend, rep.end)
        return ostart, oend

    def evidence(self, start: int, end: int) -> tuple[Evidence, list[RepairRef]]:
        """Evidence in the original text for a repaired-text span, and the number repairs behind it."""
        ostart, oend = self.original_span(start, end)
        repairs = [
            RepairRef(rule=r.rule, original=r.original, repaired=r.repaired, confidence=r.confidence)
            for r in self.repaired.repairs_between(ostart, max(oend, ostart + 1))
            if r.kind == "number"
        ]
        return Evidence(text=self.original[ostart:oend], start=ostart, end=oend), repairs

    def original_evidence(self, start: int, end: int) -> Evidence:
        """Evidence for a span already in original offsets."""
        return Evidence(text=self.original[start:end], start=start, end=end)

    def sentence(self, start: int, end: int) -> Span | tuple[int, int]:
        """The spaCy sentence holding a repaired-text span (or the whole text without a parse)."""
        if self.nlp is None:
            return (0, len(self.text))
        memo = self.cache.get("document.sentence")
        if memo is None or memo[0] is not self.nlp:  # rules ask for the same spans' sentences many times
            memo = self.cache["document.sentence"] = (self.nlp, {})
        found = memo[1].get((start, end))
        if found is None:
            span = self.nlp.char_span(start, end, alignment_mode="expand")
            found = memo[1][(start, end)] = (0, len(self.text)) if span is None else self._sentence_of(span)
        return found

    def _sentence_of(self, span: Span) -> Span:
        """span.sent (the sentence holding the span's first token), by a binary search over the parse's sentences
        listed once: span.sent walks the tokens to the sentence's ends, once per span of a number-dense sentence."""
        doc = span.doc
        if "sent" in doc.user_span_hooks or "sents" in doc.user_hooks:
            return span.sent
        listed = self.cache.get("document.sents")
        if listed is None or listed[0] is not doc:
            sents = list(doc.sents)
            listed = self.cache["document.sents"] = (doc, sents, [s.start for s in sents])
        return listed[1][bisect_right(listed[2], span.start) - 1]

    def entities(self) -> tuple[Span, ...]:
        """The parse's named entities (`Doc.ents`, which builds its spans anew on every read), listed once."""
        listed = self.cache.get("document.ents")
        if listed is None or listed[0] is not self.nlp:
            listed = self.cache["document.ents"] = (self.nlp, self.nlp.ents if self.nlp is not None else ())
        return listed[1]

    def sentence_bounds(self, start: int, end: int) -> tuple[int, int]:
        sent = self.sentence(start, end)
        if isinstance(sent, tuple):
            return sent
        return sent.start_char, sent.end_char

    def flag(
        self,
        type_: str,
        severity: str,
        message: str,
        *,
        evidence: Evidence | None,
        suggestion: str | None = None,
        claim_ids: list[str] | None = None,
        entity_ids: list[str] | None = None,
        key: object = "",
    ) -> FlagRecord:
        """Add a flag; its id is stable over the article, type, evidence and key."""
        where = (evidence.start, evidence.end) if evidence else ()
        record = FlagRecord(
            flag_id=stable_id("f", self.article_id, type_, where, key),
            article_id=self.article_id,
            type=type_,
            severity=severity,  # type: ignore[arg-type]
            message=message,
            evidence=evidence,
            claim_ids=claim_ids or [],
            entity_ids=entity_ids or [],
            suggestion=suggestion,
        )
        self.flags.append(record)
        return record
