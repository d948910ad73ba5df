"""Exports of a reviewed run: the dataset with decisions applied, and accepted aliases as KB YAML."""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from ..models import CLAIM_ADAPTER, EntityRecord, FlagRecord
from ..output import JSONL_FILES, AtomicFile, dumps, write_atomic
from .dataset import read_jsonl, require_run
from .decisions import MERGE_TYPES, DecisionSet
from .storage import ReviewStore


class ExportError(ValueError):
    """An export that cannot happen; the message says why and what to do."""


@dataclass
class ExportSummary:
    """What `export_reviewed` wrote."""

    dest: Path
    counts: dict[str, int]
    decisions: int
    parquet: list[Path] = field(default_factory=list)
    parquet_skipped: str | None = None


def _write_jsonl(path: Path, records: Any) -> int:
    f = AtomicFile(path)
    try:
        for r in records:
            f.write_line(dumps(r))
        f.commit()
    except BaseException:
        f.abort()
        raise
    return f.count


def export_reviewed(out: Path, dest: Path, *, parquet: bool = True) -> ExportSummary:
    """Write the run in `out` into `dest` with every decision of OUT/review.sqlite applied.

    The JSONL files keep their names and schemas; `review-decisions.jsonl` lists the decisions
    (who, when, why). Parquet copies follow when `extractor.parquet` and pyarrow are available.
    """
    require_run(out)
    if dest.resolve() == out.resolve():
        raise ExportError(f"--out {dest} is the run folder itself; choose another folder")
    dest.mkdir(parents=True, exist_ok=True)
    decisions = DecisionSet.load(out)
    flags = decisions.apply_flags([FlagRecord.model_validate(f) for f in read_jsonl(out / "flags.jsonl")])
    rejected = decisions.rejected_repair_claims(flags)
    counts = {
        "articles": _write_jsonl(dest / "articles.jsonl", read_jsonl(out / "articles.jsonl")),
        "claims": _write_jsonl(
            dest / "claims.jsonl",
            (decisions.apply_claim(CLAIM_ADAPTER.validate_python(c), rejected) for c in read_jsonl(out / "claims.jsonl")),
        ),
        "entities": _write_jsonl(
            dest / "entities.jsonl",
            decisions.merge_entities([EntityRecord.model_validate(e) for e in read_jsonl(out / "entities.jsonl")]),
        ),
        "flags": _write_jsonl(dest / "flags.jsonl", flags),
        "errors": _write_jsonl(dest / "errors.jsonl", read_jsonl(out / "errors.jsonl")),
    }
    assert set(counts) == set(JSONL_FILES)
    store = ReviewStore.open_existing(out)
    history = store.all() if store else []
    if store:
        store.close()
    _write_jsonl(dest / "review-decisions.jsonl", (d.model_dump() for d in history))
    if (out / "manifest.json").is_file():
        shutil.copyfile(out / "manifest.json", dest / "manifest.json")
    summary = ExportSummary(dest=dest, counts=counts, decisions=len(decisions))
    if parquet:
        try:
            from ..parquet import ParquetUnavailable, write_parquet
        except ImportError:
            summary.parquet_skipped = "Parquet skipped: extractor.parquet is not available in this version"
        else:
            try:
                summary.parquet = write_parquet(dest)
            except ParquetUnavailable as exc:
                summary.parquet_skipped = f"Parquet skipped: {exc}"
    return summary


# ----------------------------------------------------------------------------- knowledge base aliases


@dataclass
class AliasExport:
    """What `export_kb_aliases` wrote and what it had to leave out."""

    dest: Path
    people: int
    organizations: int
    skipped: list[str]


_SLUG_RE = re.compile(r"[^a-z0-9]+")


def _new_id(name: str, country: str | None) -> str:
    """A KB id for an entity the KB lacks: country code (or 'xx') + the name's ASCII words."""
    prefix = country.lower() if country and re.fullmatch(r"[A-Za-z]{2}", country) else "xx"
    slug = _SLUG_RE.sub("-", name.lower()).strip("-")[:60].strip("-")
    return f"{prefix}-{slug}" if slug else ""


def _office(office: Any) -> dict[str, Any]:
    """One office as the KB YAML writes it (dates as YYYY[-MM[-DD]])."""
    data: dict[str, Any] = {"role": office.role}
    for key in ("title", "organization", "country"):
        if getattr(office, key) is not None:
            data[key] = getattr(office, key)
    data["from"] = str(office.from_) if office.from_ else None
    data["to"] = str(office.to) if office.to else None
    if office.source:
        data["source"] = office.source
    return data


def _yaml_entry(entry: Any) -> dict[str, Any]:
    """A KB model as the YAML files write it: model key order, unset optional keys left out."""
    data = entry.model_dump(mode="json", by_alias=True, exclude_defaults=True)
    if getattr(entry, "offices", None):
        data["offices"] = [_office(o) for o in entry.offices]
    return data


def export_kb_aliases(out: Path, dest: Path, kb: Path | None) -> AliasExport:
    """Write the accepted name variants of `out` as knowledge-base YAML (people:, organizations:).

    An entity linked to the KB comes out as its full KB entry with the reviewed aliases added (a
    drop-in replacement for that entry); a person the KB lacks comes out as a new entry. A new
    organization needs a `type` only a person can choose, so it is listed as skipped.
    """
    from ..normalize.kbfiles import read_kb_folder
    from ..normalize.models import KBPerson

    require_run(out)
    decisions = DecisionSet.load(out)
    entities = {e["entity_id"]: e for e in read_jsonl(out / "entities.jsonl")}
    kb_files = read_kb_folder(kb) if kb is not None else None
    kb_people = {p.id: p for p in kb_files.people} if kb_files else {}
    kb_orgs = {o.id: o for o in kb_files.organizations} if kb_files else {}
    groups: dict[str, list[str]] = {}
    merge_decisions = [d for d in decisions.by_flag.values() if d.flag_type in MERGE_TYPES and d.status == "accepted"]
    for d in sorted(merge_decisions, key=lambda d: d.id or 0):
        root = decisions.survivor(d.entity_ids[0])
        members = groups.setdefault(root, [root])
        members += [e for e in d.entity_ids if e not in members]
    people: list[Any] = []
    orgs: list[Any] = []
    skipped: list[str] = []
    today = date.today().isoformat()
    for root, ids in sorted(groups.items()):
        present = [entities[i] for i in ids if i in entities]
        if not present:
            skipped.append(f"{root}: none of {', '.join(ids)} is in {out}/entities.jsonl")
            continue
        name = decisions.names.get(root) or present[0]["name"]
        kb_id = next((e["kb_id"] for e in present if e.get("kb_id")), None)
        surface = {a for e in present for a in [e["name"], *e["aliases"]]}
        source = f"extractor review of {out.name} ({today})"
        etype = present[0]["type"]
        if etype == "person":
            base = kb_people.get(kb_id) if kb_id else None
            if base is None:
                new_id = kb_id or _new_id(name, present[0].get("country"))
                if not new_id:
                    skipped.append(f"{root}: no ASCII letters in {name!r} to make a KB id")
                    continue
                base = KBPerson(id=new_id, name=name, family_name=None, aliases=[], offices=[], source=source)
            known = {base.name, *base.aliases}
            people.append(base.model_copy(update={"aliases": [*base.aliases, *sorted(surface - known)]}))
        elif etype == "organization":
            base_org = kb_orgs.get(kb_id) if kb_id else None
            if base_org is None:
                skipped.append(f"{root} ({name}): organization not in the knowledge base; add it by hand with its type")
                continue
            known = {base_org.name, *base_org.aliases, *base_org.abbreviations}
            orgs.append(base_org.model_copy(update={"aliases": [*base_org.aliases, *sorted(surface - known)]}))
        else:
            skipped.append(f"{root} ({name}): {etype} entities have no KB file")
    for entry in people + orgs:  # what is written must load back as the KB loader reads it
        type(entry).model_validate(_yaml_entry(entry))
    doc: dict[str, Any] = {}
    if people:
        doc["people"] = [_yaml_entry(p) for p in people]
    if orgs:
        doc["organizations"] = [_yaml_entry(o) for o in orgs]
    header = (
        f"# Reviewed name variants from {out.name}, written by `extractor export --kb-aliases`.\n"
        "# Entries with an id already in the knowledge base are that entry with the reviewed aliases added:\n"
        "# replace the entry in corpus/kb/<people|organizations>/<country>.yaml. New entries: move them into\n"
        "# the file of their country under the same top-level key (one key per file there).\n"
    )
    text = header + (yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120) if doc else "{}\n")
    dest.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(dest, text)
    return AliasExport(dest=dest, people=len(people), organizations=len(orgs), skipped=skipped)

