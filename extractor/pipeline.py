"""The driver: ingest -> repair -> NLP -> extract -> normalize -> check -> validate -> write.

Each stage is a plain function over an `ArticleDoc`; `ARTICLE_STAGES` lists the per-article
stages after parsing, `RUN_STAGES` the ones over the whole run. Later capabilities add a stage to
a list or a rule to a registry; the driver does not change.
"""

from __future__ import annotations

import pickle
import re
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from . import __version__
from .document import ArticleDoc
from .ids import content_hash
from .ingest import ArticleInput, IngestProblem, discover, read_file
from .models import (
    CLAIM_ADAPTER,
    Claim,
    Evidence,
    ArticleRecord,
    ArticleRepair,
    ClaimBase,
    EntityRecord,
    ErrorRecord,
    FlagRecord,
    Manifest,
)
from .output import OutputSet, dumps, remove_stale_temporaries, write_atomic
from .registry import check, rule
from .settings import Settings


@dataclass
class Context:
    """What every stage may read: settings, the model, the knowledge base, selected rules.

    The spaCy pipeline loads on first use of `nlp`: a run whose every output is unchanged
    (`run`) never needs it; `model` names it without loading it.
    """

    settings: Settings
    model: dict[str, str | None]
    rules: list[tuple[str, Callable[..., Any]]]
    checks: list[tuple[str, Callable[..., Any]]]
    kb: Any = None

    @property
    def nlp(self) -> Any:
        from .nlp import load_model

        return load_model(self.settings.model)


def make_context(settings: Settings) -> Context:
    """Name the model, load the knowledge base once, select rules and checks."""
    from . import checks as _checks  # noqa: F401  (registers checks)
    from . import claims as _claims  # noqa: F401  (registers rules)
    from .nlp import model_identity

    kb = None
    if settings.kb:
        from .normalize import KnowledgeBase

        kb = KnowledgeBase.shared(settings.kb)
    return Context(
        settings=settings,
        model=model_identity(settings.model),
        rules=rule.select(settings.rules),
        checks=check.select(settings.checks),
        kb=kb,
    )


# ----------------------------------------------------------------------------- per-article stages


def prepare(inp: ArticleInput, ctx: Context) -> ArticleDoc:
    """Repair the text and anchor its time expressions (the stages before NLP)."""
    from .dates import find_dateline, find_time_expressions
    from .repair import repair

    kwargs = {}
    if ctx.settings.repair_min_confidence is not None:
        kwargs["min_confidence"] = ctx.settings.repair_min_confidence
    repaired = repair(inp.text, **kwargs)
    published, published_from = inp.published, inp.published_from
    if published is None:
        found = find_dateline(repaired.text)
        if found is not None:
            published, published_from = found[0], "dateline"
    doc = ArticleDoc(input=inp, repaired=repaired, published=published, published_from=published_from)
    doc.times = sorted(find_time_expressions(repaired.text, published) + _masked_days(repaired, published),
                       key=lambda t: t.start)
    return doc


def _masked_days(repaired: Any, published: date | None) -> list[Any]:
    """Time points for masked day numbers ("said in 3**" = on the 3rd of the publication month)."""
    from .dates import TimeExpr, resolve_point

    out = []
    for mask in repaired.masks:
        if mask.day is None:
            continue
        start, end = repaired.to_repaired(mask.start, mask.end)
        day = resolve_point(f"the {mask.suggestion or mask.day}", published)
        out.append(TimeExpr(start=start, end=end, text=repaired.text[start:end], role="point",
                            period=(day, day) if day else None, resolved=day is not None,
                            granularity="day", rule="mask.day"))
    return out


#: spaCy's tokenizer is quadratic on long runs without spaces ("$" * 8000 takes 15 s); a space
#: every 64 characters of such a run (same length, so offsets hold) makes it linear. No word in
#: news is that long; URLs are split, which no rule reads.
UNBROKEN_RUN = re.compile(r"\S{64}")


def tokenizable(text: str) -> str:
    """`text` with a space replacing every 64th character of long runs without spaces."""
    return UNBROKEN_RUN.sub(lambda m: m.group(0)[:-1] + " ", text)


def parse(docs: list[ArticleDoc], ctx: Context) -> None:
    """Run the spaCy pipeline over a batch of repaired texts (offsets equal the repaired text's)."""
    texts = (tokenizable(d.text) for d in docs)
    for doc, parsed in zip(docs, ctx.nlp.pipe(texts, batch_size=ctx.settings.batch_size)):
        doc.nlp = parsed


class RuleFailed(RuntimeError):
    """A rule raised on an article; the message names the rule."""


def extract(doc: ArticleDoc, ctx: Context) -> None:
    """Run every selected rule; route what it yields to claims, flags or entity mentions."""
    for name, func in ctx.rules:
        try:
            records = list(func(doc))
        except Exception as exc:
            raise RuleFailed(f"rule {name} failed: {type(exc).__name__}: {exc}") from exc
        for record in records:
            if isinstance(record, ClaimBase):
                doc.claims.append(record)
            elif isinstance(record, FlagRecord):
                doc.flags.append(record)
            else:
                doc.mentions.append(record)


def flag_repairs(doc: ArticleDoc, ctx: Context) -> None:
    """Flags for what the repair stage did or suspected, masked words and unanchored dates."""
    rr = doc.repaired
    for rep in rr.repairs:
        if rep.kind != "number":
            continue
        claim_ids = [c.claim_id for c in doc.claims if c.evidence.start <= rep.start < c.evidence.end]
        doc.flag(
            "garbled_number",
            "info",
            f"Split decimal repaired: '{rep.original}' read as {rep.repaired} ({rep.rule}, confidence {rep.confidence:.2f}).",
            evidence=doc.original_evidence(rep.start, rep.end),
            suggestion=rep.repaired,
            claim_ids=claim_ids,
        )
    for sus in rr.suspects:
        doc.flag(
            "garbled_number",
            "warning",
            f"Possibly garbled number '{sus.original}': {sus.message}",
            evidence=doc.original_evidence(sus.start, sus.end),
            suggestion=sus.suggestion,
            key=sus.rule,
        )
    for mask in rr.masks:
        hint = f"; likely '{mask.suggestion}'" + (f" ({mask.reason})" if mask.reason else "") if mask.suggestion else ""
        doc.flag(
            "masked_token",
            "warning",
            f"Masked word '{mask.surface}' in the text{hint}.",
            evidence=doc.original_evidence(mask.start, mask.end),
            suggestion=mask.suggestion,
        )
    _flag_unresolved_dates(doc)


def _flag_unresolved_dates(doc: ArticleDoc) -> None:
    if doc.published is not None:
        return
    for t in doc.times:
        if not t.resolved:
            evidence, _ = doc.evidence(t.start, t.end)
            doc.flag(
                "unresolved_date",
                "warning",
                f"'{t.text}' needs the publication date, which the article does not give; period left empty.",
                evidence=evidence,
                suggestion=None,
            )


def normalize(doc: ArticleDoc, ctx: Context) -> None:
    """Resolve the article's entity mentions to entities (knowledge base, transliteration variants)."""
    if ctx.kb is None or not doc.mentions:
        return
    from .normalize import resolve_entities

    clusters, proposals = resolve_entities(doc.mentions, ctx.kb, doc.published)
    doc.clusters = clusters
    for claim in doc.claims:
        if claim.kind == "official" and claim.entity_id is None:
            claim.entity_id = _entity_in(clusters, claim)
    for p in proposals:
        names = [c.name for c in clusters if c.entity_id in p.cluster_ids]
        first = next(c for c in clusters if c.entity_id == p.cluster_ids[0])
        m = first.mentions[0]
        doc.flag(
            "name_variant",
            "warning",
            f"'{' / '.join(names)}' may be one entity: {'; '.join(p.reasons)}.",
            evidence=doc.original_evidence(m.start, m.end),
            entity_ids=list(p.cluster_ids),
            suggestion=f"merge into {names[0]}" if names else None,
            key=p.cluster_ids,
        )


def _entity_in(clusters: list[Any], claim: ClaimBase) -> str | None:
    """The person entity whose mention of the claim's person lies inside the claim's evidence."""
    ev = claim.evidence
    for c in clusters:
        if c.type != "person":
            continue
        for m in c.mentions:
            if ev.start <= m.start and m.end <= ev.end and m.text == getattr(claim, "person", None):
                return c.entity_id
    return None


def check_article(doc: ArticleDoc, ctx: Context) -> None:
    """Run the selected consistency checks over the article's claims."""
    for _, func in ctx.checks:
        if getattr(func, "scope", "article") == "article":
            doc.flags.extend(func(doc))


#: per-article stages after parsing, in order
ARTICLE_STAGES: list[tuple[str, Callable[[ArticleDoc, Context], None]]] = [
    ("extract", extract),
    ("normalize", normalize),
    ("flag", flag_repairs),
    ("check", check_article),
]


# ----------------------------------------------------------------------------- results


class ArticleEntity(BaseModel):
    """One entity as resolved within one article (aggregated over the run into entities.jsonl)."""

    model_config = ConfigDict(extra="forbid")
    entity_id: str
    type: Literal["person", "organization", "place"]
    name: str
    kb_id: str | None = None
    role: str | None = None
    organization: str | None = None
    country: str | None = None
    mentions: list[Evidence]


class ArticleOutput(BaseModel):
    """The validated records of one article (what the cache stores and the writer writes)."""

    model_config = ConfigDict(extra="forbid")
    article: ArticleRecord
    claims: list[Claim] = Field(default_factory=list)
    flags: list[FlagRecord] = Field(default_factory=list)
    entities: list[ArticleEntity] = Field(default_factory=list)
    errors: list[ErrorRecord] = Field(default_factory=list)


def _article_record(doc: ArticleDoc) -> ArticleRecord:
    inp = doc.input
    kinds: dict[str, int] = {}
    for c in doc.claims:
        kinds[c.kind] = kinds.get(c.kind, 0) + 1
    return ArticleRecord(
        article_id=inp.article_id,
        path=inp.path,
        format=inp.format,  # type: ignore[arg-type]
        encoding=inp.encoding,
        content_hash=content_hash(inp.text),
        title=inp.title,
        source=inp.source,
        url=inp.url,
        published=doc.published,
        published_from=doc.published_from,  # type: ignore[arg-type]
        chars=len(inp.text),
        repairs=[
            ArticleRepair(
                rule=r.rule,
                kind=r.kind,
                original=r.original,
                repaired=r.repaired,
                start=r.start,
                end=r.end,
                confidence=r.confidence,
            )
            for r in doc.repaired.repairs
        ],
        counts={"claims": len(doc.claims), "flags": len(doc.flags), **{f"claims.{k}": v for k, v in sorted(kinds.items())}},
        text=inp.text,
    )


def _entities(doc: ArticleDoc) -> list[ArticleEntity]:
    return [
        ArticleEntity(
            entity_id=c.entity_id,
            type=c.type,
            name=c.name,
            kb_id=c.kb_id,
            role=c.role,
            organization=c.organization,
            country=c.country,
            mentions=[doc.original_evidence(m.start, m.end) for m in c.mentions],
        )
        for c in doc.clusters
    ]


#: the claims of an article, validated in one call
CLAIMS_ADAPTER: TypeAdapter[list[Any]] = TypeAdapter(list[Claim])


def validated(doc: ArticleDoc) -> ArticleOutput:
    """Re-validate every record as it will be written; a record that fails becomes an error record.

    Each record is validated from its JSON-mode dump (what the writer serializes), not from a JSON text
    round trip: the same checks at a quarter of the cost.
    """
    errors: list[ErrorRecord] = []
    ordered = sorted(doc.claims, key=lambda c: (c.evidence.start, c.evidence.end, c.kind, c.claim_id))
    dumped = [c.model_dump(mode="json") for c in ordered]
    try:
        claims: list[Any] = CLAIMS_ADAPTER.validate_python(dumped)  # all at once; one by one when one fails
    except ValidationError:
        claims = []
        for c, data in zip(ordered, dumped):
            try:
                claims.append(CLAIM_ADAPTER.validate_python(data))
            except ValidationError as exc:
                errors.append(_error(doc.input, "validate", f"claim {c.claim_id} dropped: {_first_error(exc)}"))
    flags: list[FlagRecord] = []
    seen: set[str] = set()
    for f in sorted(doc.flags, key=lambda f: (f.evidence.start if f.evidence else -1, f.type, f.flag_id)):
        if f.flag_id in seen:
            continue
        seen.add(f.flag_id)
        try:
            flags.append(FlagRecord.model_validate(f.model_dump(mode="json")))
        except ValidationError as exc:
            errors.append(_error(doc.input, "validate", f"flag {f.flag_id} dropped: {_first_error(exc)}"))
    # every part was validated just now (records) or when built: the output itself needs no second pass
    return ArticleOutput.model_construct(article=_article_record(doc), claims=claims, flags=flags, entities=_entities(doc),
                                         errors=errors)


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    return f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}"


def _error(inp: ArticleInput | IngestProblem, stage: str, reason: str) -> ErrorRecord:
    return ErrorRecord(article_id=inp.article_id, path=inp.path, stage=stage, reason=reason)


Result = ArticleOutput | ErrorRecord


def process_batch(inputs: list[ArticleInput], ctx: Context) -> list[Result]:
    """One result per input, in input order; an article's failure becomes its error record."""
    from .normalize.actors import use_kb

    use_kb(ctx.kb)  # the rules that read the knowledge base read this run's (--kb)
    results: dict[int, Result] = {}
    docs: list[tuple[int, ArticleDoc]] = []
    for i, inp in enumerate(inputs):
        try:
            docs.append((i, prepare(inp, ctx)))
        except Exception as exc:  # noqa: BLE001 - isolate the article, record why
            results[i] = _error(inp, "repair", f"{type(exc).__name__}: {exc}")
    try:
        parse([d for _, d in docs], ctx)
    except Exception:  # noqa: BLE001 - one text broke the batch: parse one by one to isolate it
        for i, doc in docs:
            try:
                parse([doc], ctx)
            except Exception as exc:  # noqa: BLE001
                results[i] = _error(doc.input, "nlp", f"{type(exc).__name__}: {exc}")
    for i, doc in docs:
        if i in results:
            continue
        stage = "extract"
        try:
            for stage, func in ARTICLE_STAGES:
                func(doc, ctx)
            results[i] = validated(doc)
        except RuleFailed as exc:
            results[i] = _error(doc.input, stage, str(exc))
        except Exception as exc:  # noqa: BLE001
            results[i] = _error(doc.input, stage, f"{type(exc).__name__}: {exc}")
    return [results[i] for i in range(len(inputs))]


# ----------------------------------------------------------------------------- Python API


@dataclass
class Extraction:
    """What `extract_text` returns: the same typed records a run writes."""

    article: ArticleRecord | None
    claims: list[ClaimBase]
    flags: list[FlagRecord]
    entities: list[EntityRecord]
    errors: list[ErrorRecord]


_CONTEXTS: dict[str, Context] = {}


def context_for(settings: Settings) -> Context:
    """A cached context per distinct settings (the model loads once per process)."""
    key = settings.model_dump_json()
    if key not in _CONTEXTS:
        _CONTEXTS[key] = make_context(settings)
    return _CONTEXTS[key]


def extract_text(
    text: str,
    published: date | str | None = None,
    *,
    article_id: str = "text",
    title: str | None = None,
    source: str | None = None,
    settings: Settings | None = None,
) -> Extraction:
    """Extract claims, entities and flags from one article's text."""
    ctx = context_for(settings or Settings())
    if isinstance(published, str):
        published = date.fromisoformat(published)
    inp = ArticleInput(
        article_id=article_id,
        path="<text>",
        format="txt",
        encoding="utf-8",
        text=text,
        published=published,
        published_from="sidecar" if published else None,
        title=title,
        source=source,
    )
    (res,) = process_batch([inp], ctx)
    if isinstance(res, ErrorRecord):
        return Extraction(article=None, claims=[], flags=[], entities=[], errors=[res])
    entities = EntityTable()
    entities.add(res)
    flags = res.flags + run_checks(ctx, [res])
    return Extraction(article=res.article, claims=res.claims, flags=flags, entities=entities.records(), errors=res.errors)


# ----------------------------------------------------------------------------- run over files


class EntityTable:
    """Entities aggregated over the run: aliases, articles and mentions per entity id (in memory).

    For one article or a few (`extract_text`); a run aggregates in a `RunStore` on disk instead,
    with the same records.
    """

    def __init__(self) -> None:
        self._by_id: dict[str, dict[str, Any]] = {}

    def add(self, res: ArticleOutput) -> None:
        aid = res.article.article_id
        for c in res.entities:
            e = self._by_id.setdefault(
                c.entity_id,
                {"entity_id": c.entity_id, "type": c.type, "name": c.name, "aliases": set(), "article_ids": set(),
                 "role": None, "organization": None, "country": None, "kb_id": None, "mentions": []},
            )
            for key in ENTITY_FACTS:
                if e[key] is None:
                    e[key] = getattr(c, key)
            e["article_ids"].add(aid)
            for m in c.mentions:
                e["aliases"].add(m.text)
                e["mentions"].append({"article_id": aid, "text": m.text, "start": m.start, "end": m.end})

    def records(self) -> list[EntityRecord]:
        out = []
        for eid in sorted(self._by_id):
            e = dict(self._by_id[eid])
            e["aliases"] = sorted(e["aliases"])
            e["article_ids"] = sorted(e["article_ids"])
            e["mentions"] = sorted(e["mentions"], key=lambda m: (m["article_id"], m["start"]))
            out.append(EntityRecord(**e))
        return out


def run_checks(ctx: Context, results: list[ArticleOutput]) -> list[FlagRecord]:
    """Checks over the whole run (across articles), over outputs held in memory (`RunStore` spills a run's)."""
    flags: list[FlagRecord] = []
    for _, func in ctx.checks:
        if getattr(func, "scope", "article") == "run":
            flags.extend(func(results))
    return flags


#: an entity's facts taken from the first article that gives each
ENTITY_FACTS = ("role", "organization", "country", "kb_id")

#: the run store's file in OUT while a run writes (`.extractor-run.<pid>.sqlite`)
RUN_STORE_PREFIX = ".extractor-run."


class _Reiterable:
    """An iterable that calls a generator function for each iteration."""

    def __init__(self, make: Callable[[], Iterator[Any]]) -> None:
        self._make = make

    def __iter__(self) -> Iterator[Any]:
        return self._make()


class RunStore:
    """What a run aggregates over all its articles, spilled to an SQLite file in OUT as articles are written.

    entities.jsonl needs every mention of every entity and the cross-article check every compared
    claim; held in memory they grew the run by ~80 KB an article (bench/memory.py). Here memory
    holds one entity or one group of the check at a time; the records and flags are the same, in
    the same order, as `EntityTable` and the check's in-memory form give. Run-level checks without
    a `grouped` form still get every article's numeric claims in memory, as before.

    The file is `OUT/.extractor-run.<pid>.sqlite`, deleted when the run ends; one a killed run left
    is deleted by the next run (extractor.output.remove_stale_temporaries).
    """

    def __init__(self, out: Path, checks: list[tuple[str, Callable[..., Any]]]) -> None:
        import os
        import sqlite3

        self.path = out / f"{RUN_STORE_PREFIX}{os.getpid()}.sqlite"
        self.path.unlink(missing_ok=True)
        self._db = sqlite3.connect(self.path)
        self._db.executescript("""
            PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
            CREATE TABLE entities (entity_id TEXT PRIMARY KEY, type TEXT, name TEXT,
                                   role TEXT, organization TEXT, country TEXT, kb_id TEXT);
            CREATE TABLE entity_articles (entity_id TEXT, article_id TEXT, PRIMARY KEY (entity_id, article_id)) WITHOUT ROWID;
            CREATE TABLE mentions (entity_id TEXT, article_id TEXT, text TEXT, start INTEGER, "end" INTEGER);
            CREATE INDEX mentions_order ON mentions (entity_id, article_id, start);
            CREATE TABLE facts (chk INTEGER, pass INTEGER, gkey TEXT, seq INTEGER, article_id TEXT, key BLOB, claim BLOB);
            CREATE INDEX facts_group ON facts (chk, pass, gkey, seq);
        """)
        self._seq = 0
        self._checks: list[tuple[int, Callable[..., Any], Any]] = []  # run checks: (index, check, grouped or None)
        self.in_memory: list[ArticleOutput] = []  # for run checks without a grouped form
        for i, (_, func) in enumerate(checks):
            if getattr(func, "scope", "article") == "run":
                self._checks.append((i, func, getattr(func, "grouped", None)))
        self._keep_all = any(grouped is None for _, _, grouped in self._checks)

    def add(self, res: ArticleOutput) -> None:
        """Take one written article's entities and the claims the run-level checks compare."""
        aid = res.article.article_id
        db = self._db
        for c in res.entities:
            db.execute("INSERT OR IGNORE INTO entities (entity_id, type, name) VALUES (?, ?, ?)", (c.entity_id, c.type, c.name))
            db.execute(
                "UPDATE entities SET role = COALESCE(role, ?), organization = COALESCE(organization, ?),"
                " country = COALESCE(country, ?), kb_id = COALESCE(kb_id, ?) WHERE entity_id = ?",
                (*(getattr(c, k) for k in ENTITY_FACTS), c.entity_id),
            )
            db.execute("INSERT OR IGNORE INTO entity_articles VALUES (?, ?)", (c.entity_id, aid))
            db.executemany('INSERT INTO mentions VALUES (?, ?, ?, ?, ?)',
                           [(c.entity_id, aid, m.text, m.start, m.end) for m in c.mentions])
        if not self._checks:
            return
        # the run-level checks compare figures and percentages across articles: only those, and the
        # article without its text
        numeric = ArticleOutput(article=res.article.model_copy(update={"text": "", "repairs": []}),
                                claims=[c for c in res.claims if c.kind in {"figure", "percentage"}])
        if self._keep_all:
            self.in_memory.append(numeric)
        for index, _, grouped in self._checks:
            if grouped is None:
                continue
            rows = []
            for p, key, claim in grouped[0](numeric):
                self._seq += 1
                rows.append((index, p, repr(key), self._seq, aid, pickle.dumps(key), pickle.dumps(claim)))
            db.executemany("INSERT INTO facts VALUES (?, ?, ?, ?, ?, ?, ?)", rows)

    def entity_records(self) -> Iterable[EntityRecord]:
        """Every entity, sorted by id, as `EntityTable.records` gives them (each iteration reads them again)."""
        return _Reiterable(self._entities)

    def _entities(self) -> Iterator[EntityRecord]:
        db = self._db
        for row in db.execute("SELECT entity_id, type, name, role, organization, country, kb_id FROM entities ORDER BY entity_id"):
            eid = row[0]
            mentions = [
                {"article_id": a, "text": t, "start": s, "end": e}
                for a, t, s, e in db.execute(
                    'SELECT article_id, text, start, "end" FROM mentions WHERE entity_id = ? ORDER BY article_id, start, rowid', (eid,)
                )
            ]
            articles = [a for (a,) in db.execute("SELECT article_id FROM entity_articles WHERE entity_id = ? ORDER BY article_id", (eid,))]
            yield EntityRecord(entity_id=eid, type=row[1], name=row[2], aliases=sorted({m["text"] for m in mentions}),
                               article_ids=articles, role=row[3], organization=row[4], country=row[5], kb_id=row[6],
                               mentions=mentions)

    def _groups(self, index: int, passes: int) -> Iterator[tuple[tuple, list[tuple[str, Any]]]]:
        """One check's groups, a pass after the other, each in the order of its first claim."""
        db = self._db
        for p in range(passes):
            firsts = db.execute(  # a group stated by one article compares nothing
                "SELECT gkey FROM facts WHERE chk = ? AND pass = ? GROUP BY gkey"
                " HAVING COUNT(DISTINCT article_id) > 1 ORDER BY MIN(seq)", (index, p)
            )
            for (gkey,) in firsts:
                rows = db.execute("SELECT article_id, key, claim FROM facts WHERE chk = ? AND pass = ? AND gkey = ? ORDER BY seq",
                                  (index, p, gkey)).fetchall()
                yield pickle.loads(rows[0][1]), [(aid, pickle.loads(claim)) for aid, _, claim in rows]

    def run_checks(self) -> Iterator[FlagRecord]:
        """The flags of the run-level checks, in check order (as `run_checks` gives them), yielded as
        each group is settled so that a run with many of them does not hold them all."""
        for index, func, grouped in self._checks:
            if grouped is None:
                yield from func(self.in_memory)
            else:
                yield from grouped[1](self._groups(index, grouped[2]))

    def close(self) -> None:
        self._db.close()
        self.path.unlink(missing_ok=True)


@dataclass
class RunSummary:
    """What a run did, for the CLI's summary and the manifest."""

    out: Path
    articles: int
    claims_by_kind: dict[str, int]
    flags_by_type: dict[str, int]
    errors: int
    reused: int
    seconds: float


def _tally(counter: dict[str, int], key: str) -> None:
    counter[key] = counter.get(key, 0) + 1


# worker processes: the context (model, KB, rules) is built once per process
_WORKER_SETTINGS: Settings | None = None


#: how often a worker checks that the process that started it is still there (seconds)
PARENT_POLL_SECONDS = 1.0


def _exit_with_parent(parent: int) -> None:
    """End this worker when the run that started it dies (SIGKILL gives it no chance to stop its pool).

    On Linux the kernel sends SIGKILL when the parent exits (PR_SET_PDEATHSIG); everywhere a daemon
    thread also polls the parent pid and exits when the worker was re-parented. Either alone would
    do on Linux; the thread also covers other systems and a parent that died before prctl ran.
    """
    import os
    import signal
    import threading

    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass  # no prctl: the watchdog thread below still ends the worker

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_POLL_SECONDS)
        os._exit(1)

    if os.getppid() != parent:
        os._exit(1)
    threading.Thread(target=watch, name="extractor-parent-watchdog", daemon=True).start()


def _init_worker(settings: Settings, parent: int | None = None) -> None:
    global _WORKER_SETTINGS
    if parent is not None:
        _exit_with_parent(parent)
    _WORKER_SETTINGS = settings
    context_for(settings)


def _worker_batch(inputs: list[ArticleInput]) -> list[Packed]:
    assert _WORKER_SETTINGS is not None
    return pack(process_batch_in_zone(inputs, context_for(_WORKER_SETTINGS)))


def process_batch_in_zone(inputs: list[ArticleInput], ctx: Context) -> list[Result]:
    """`process_batch` inside a spaCy memory zone: the strings, lexemes and tokenizer cache entries
    the batch's texts added to the shared vocabulary are freed when it returns.

    Without it the vocabulary grows with every new word, number and name of a run. Nothing the
    batch returns refers to spaCy objects (results are plain records), so the zone is safe.
    """
    zone = getattr(ctx.nlp, "memory_zone", None)
    if zone is None:  # spaCy before 3.8
        return process_batch(inputs, ctx)
    with zone():
        return process_batch(inputs, ctx)


@dataclass
class Packed:
    """A result as a worker hands it over: with its cache entry and, for an article, its claim and flag
    lines already serialized, so the process that writes the files does as little as possible."""

    result: Result
    blob: bytes  # the cache entry (extractor.cache.dump_result)
    lines: dict[str, list[str]] | None  # "claims" / "flags" -> JSON lines, None for an error record


def pack(results: list[Result]) -> list[Packed]:
    """Serialize a batch's results where they were computed (in the worker)."""
    from .cache import dump_result

    out = []
    for res in results:
        lines = None
        if isinstance(res, ArticleOutput):
            lines = {"claims": [dumps(c) for c in res.claims], "flags": [dumps(f) for f in res.flags]}
        out.append(Packed(res, dump_result(res), lines))
    return out


def _read_batches(files: list[tuple[Path, Path]], settings: Settings, bar: Progress) -> Iterator[list[ArticleInput | ErrorRecord]]:
    """Articles and ingest errors in input order, in batches of `batch_size` articles.

    A second article with an id already seen in the run (two `.jsonl` lines with one id, `a.txt`
    beside `a.md`) becomes an error record: it must not replace the first.
    """
    batch: list[ArticleInput | ErrorRecord] = []
    seen: set[str] = set()
    size = 0
    for path, root in files:
        for item in read_file(path, root, settings.max_chars):
            if isinstance(item, IngestProblem):
                batch.append(_error(item, item.stage, item.reason))
                continue
            if item.article_id in seen:
                batch.append(_error(item, "ingest", f"duplicate article_id {item.article_id!r}: an earlier input has it"))
                continue
            seen.add(item.article_id)
            batch.append(item)
            size += 1
            if size >= settings.batch_size:
                yield batch
                batch, size = [], 0
        bar.update()
    if batch:
        yield batch


def run(
    inputs: Iterable[Path],
    out: Path,
    settings: Settings | None = None,
    *,
    progress: bool = False,
    force: bool = False,
) -> RunSummary:
    """Process every article under `inputs` and write the dataset files into `out`.

    Articles whose content and effective settings are unchanged since a previous run into the same
    `out` (or a run that was killed) are taken from its cache instead of processed again, unless
    `force`. When nothing changed at all (inputs, settings, code, KB, review decisions) and OUT's
    files are still the ones the last run wrote, only the manifest is written again: the model is
    not even loaded. With `settings.workers` > 1 batches are processed in worker processes; the
    output is the same, byte for byte, as a single-process run.
    """
    from .cache import ResultCache, run_fingerprint
    from .review.decisions import DecisionSet

    settings = settings or Settings()
    inputs = list(inputs)
    t0 = time.perf_counter()
    files, walk_problems = discover(inputs)
    ctx = context_for(settings)
    out.mkdir(parents=True, exist_ok=True)
    cache = ResultCache(out, run_fingerprint(ctx), force=force)
    decisions = DecisionSet.load(out)  # reviewers' decisions (OUT/review.sqlite), applied as records are written
    try:
        input_key = _input_key(files, walk_problems, settings, cache, decisions)
        last = cache.last_run()
        if last is not None and last["input_key"] == input_key and last["files"] == _file_digests(out):
            # nothing changed since the last run and its files are intact: they are this run's output
            remove_stale_temporaries(out)  # what a killed run left, as a writing run removes it
            if last["counts"].get("review") is not None:
                DecisionSet.print_counts(last["counts"]["review"], out)
            counts = {**last["counts"], "reused_from_cache": last["cached"]}
            return _finish(out, ctx, inputs, counts, t0, time.perf_counter())
        ctx.nlp  # noqa: B018 - load the model now: a missing one is one clear error, not an error per article
        t_load = time.perf_counter()
        counts = _process(files, walk_problems, out, ctx, cache, decisions, progress)
        cache.record_run({"input_key": input_key, "files": _file_digests(out), "counts": counts, "cached": cache.used})
    finally:
        cache.close()
    return _finish(out, ctx, inputs, counts, t0, t_load)


def _input_key(files: list[tuple[Path, Path]], walk_problems: list[IngestProblem], settings: Settings, cache: Any,
               decisions: Any) -> str:
    """A digest of everything a run's output depends on: every input (as the cache keys it, in
    order), the problems met reading them, the run's fingerprint and the review decisions."""
    import hashlib

    h = hashlib.sha256(f"{cache.fingerprint}\x1e{decisions.fingerprint()}".encode())
    for p in walk_problems:
        h.update(dumps(_error(p, p.stage, p.reason)).encode("utf-8"))
    for batch in _read_batches(files, settings, Progress(0, False)):
        for item in batch:
            h.update((dumps(item) if isinstance(item, ErrorRecord) else cache.key(item)).encode("utf-8"))
    return h.hexdigest()


def _file_digests(out: Path) -> dict[str, str | None]:
    """The SHA-256 of each file a run writes in OUT but the manifest (None when missing)."""
    import hashlib

    from .output import JSONL_FILES
    from .review.decisions import ORPHANS_NAME

    digests: dict[str, str | None] = {}
    for name in (*(f"{n}.jsonl" for n in JSONL_FILES), ORPHANS_NAME):
        try:
            with open(out / name, "rb") as fh:
                digests[name] = hashlib.file_digest(fh, "sha256").hexdigest()
        except FileNotFoundError:
            digests[name] = None
    return digests


def _process(files: list[tuple[Path, Path]], walk_problems: list[IngestProblem], out: Path, ctx: Context, cache: Any,
             decisions: Any, progress: bool) -> dict[str, Any]:
    """Process (or take from the cache) every article, write the JSONL files; the manifest's counts."""
    settings = ctx.settings
    output = OutputSet(out)
    claims_by_kind: dict[str, int] = {}
    flags_by_type: dict[str, int] = {}
    store = RunStore(out, ctx.checks)  # entities and cross-article facts, on disk (see emit)
    hashes: dict[str, str] = {}
    n_articles = 0
    bar = Progress(len(files), progress)

    def emit(packed: Result | Packed) -> None:
        nonlocal n_articles
        item, lines = (packed.result, packed.lines) if isinstance(packed, Packed) else (packed, None)
        if isinstance(item, ErrorRecord):
            output.write("errors", item)
            return
        n_articles += 1
        decided = decisions.apply_article(item)
        if decided is not item:
            lines = None  # a reviewer's decision changed records: serialize them again
        item = decided
        article = item.article
        article.duplicate_of = hashes.get(article.content_hash)
        hashes.setdefault(article.content_hash, article.article_id)
        output.write("articles", article)
        for name, records in (("claims", item.claims), ("flags", item.flags)):
            if lines is not None:
                for line in lines[name]:
                    output.write_line(name, line)
            else:
                for record in records:
                    output.write(name, record)
        for c in item.claims:
            _tally(claims_by_kind, c.kind)
        for f in item.flags:
            _tally(flags_by_type, f.type)
        for e in item.errors:
            output.write("errors", e)
        store.add(item)

    try:
        for p in walk_problems:
            output.write("errors", _error(p, p.stage, p.reason))
        for results in _results_in_order(_read_batches(files, settings, bar), cache, ctx, settings):
            for item in results:
                emit(item)
        for f in map(decisions.apply_flag, store.run_checks()):
            output.write("flags", f)
            _tally(flags_by_type, f.type)
        for e in decisions.iter_merged_entities(store.entity_records()):
            output.write("entities", e)
        files_written = output.counts()
        output.commit()
        cache.prune()
    except BaseException:
        output.abort()
        raise
    finally:
        bar.close()
        store.close()
    review_counts = decisions.report(out) if decisions.has_db else decisions.clear_orphans(out)
    return {
        "articles": n_articles,
        "reused_from_cache": cache.hits,
        "files": dict(files_written),
        "claims_by_kind": dict(sorted(claims_by_kind.items())),
        "flags_by_type": dict(sorted(flags_by_type.items())),
        **({"review": review_counts} if review_counts is not None else {}),
    }


def _finish(out: Path, ctx: Context, inputs: list[Path], counts: dict[str, Any], t0: float, t_load: float) -> RunSummary:
    """Write the manifest of a run with these counts; its summary."""
    seconds = time.perf_counter() - t0
    manifest = Manifest(
        tool_version=__version__,
        model=ctx.model,
        settings=ctx.settings.public(),
        inputs=[str(p) for p in inputs],
        counts=counts,
        timings={"load_seconds": round(t_load - t0, 3), "total_seconds": round(seconds, 3)},
    )
    write_atomic(out / "manifest.json", manifest.model_dump_json(indent=2) + "\n")
    return RunSummary(
        out=out,
        articles=counts["articles"],
        claims_by_kind=counts["claims_by_kind"],
        flags_by_type=counts["flags_by_type"],
        errors=counts["files"]["errors"],
        reused=counts["reused_from_cache"],
        seconds=seconds,
    )


class _Done:
    """A job already done in this process (the single-process executor's jobs)."""

    def __init__(self, results: list[Packed]) -> None:
        self._results = results

    def result(self) -> list[Packed]:
        return self._results


class InlineExecutor:
    """Processes each batch right away, in this process."""

    capacity = 1

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def submit(self, inputs: list[ArticleInput]) -> _Done:
        return _Done(pack(process_batch_in_zone(inputs, self.ctx)))

    def close(self) -> None:
        pass


class ProcessExecutor:
    """Batches on forked worker processes, each with its own context (the model loaded once).

    An executor rather than multiprocessing.Pool: a worker that dies (killed, out of memory)
    raises BrokenProcessPool on its job instead of leaving the run waiting forever.
    """

    def __init__(self, settings: Settings, workers: int) -> None:
        import multiprocessing
        import os
        from concurrent.futures import ProcessPoolExecutor

        self.capacity = workers
        self._pool = ProcessPoolExecutor(workers, multiprocessing.get_context("fork"), _init_worker, (settings, os.getpid()))

    def submit(self, inputs: list[ArticleInput]) -> Any:
        return self._pool.submit(_worker_batch, inputs)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def make_executor(ctx: Context, settings: Settings) -> Any:
    """The executor for the configured engine and number of workers."""
    if settings.engine == "dask":
        from .engines.dask import DaskExecutor

        return DaskExecutor(ctx, settings)
    workers = settings.resolved_workers()
    return ProcessExecutor(settings, workers) if workers > 1 else InlineExecutor(ctx)


#: batches in flight per worker (enough to keep each busy, few enough for flat memory)
WINDOW = 2


def _results_in_order(
    batches: Iterable[list[ArticleInput | ErrorRecord]], cache: Any, ctx: Context, settings: Settings
) -> Iterator[list[Result | Packed]]:
    """Each batch's results in input order: ingest errors passed through, cached results reused, the rest computed.

    At most WINDOW batches per worker are in flight, so memory stays flat however long the input;
    results are taken in input order, so every engine writes the same bytes.
    """
    executor = make_executor(ctx, settings)
    pending: deque[tuple[list[Result | None], list[ArticleInput], Any]] = deque()

    def finish(known: list[Result | None], missing: list[ArticleInput], job: Any) -> list[Result | Packed]:
        computed: list[Packed] = job.result() if job is not None else []
        cache.put_blobs(missing, [p.blob for p in computed])
        fresh = iter(computed)
        return [r if r is not None else next(fresh) for r in known]

    try:
        for batch in batches:
            known = [item if isinstance(item, ErrorRecord) else cache.get(item) for item in batch]
            missing = [item for item, r in zip(batch, known) if r is None]
            pending.append((known, missing, executor.submit(missing) if missing else None))
            while len(pending) > WINDOW * executor.capacity:
                yield finish(*pending.popleft())
        while pending:
            yield finish(*pending.popleft())
    finally:
        executor.close()


class Progress:
    """A progress bar on stderr when enabled and stderr is a terminal; else silent."""

    def __init__(self, total: int, enabled: bool) -> None:
        self._bar = None
        if enabled and total > 1 and sys.stderr.isatty():
            from tqdm import tqdm

            self._bar = tqdm(total=total, file=sys.stderr, unit="file", leave=False)

    def update(self) -> None:
        if self._bar is not None:
            self._bar.update(1)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
