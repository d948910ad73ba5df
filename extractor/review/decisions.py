"""Applying reviewers' decisions to a run's records: flag statuses, edited values, rejected repairs, merges.

`DecisionSet` is built once from the decisions in force (`ReviewStore.latest()`) and applied to
each article's output as it is written (`extractor run`), to the files of a finished run
(`extractor export --reviewed`) and to the report. What each decision does:

- accept: the flag's `status` becomes "accepted"; an accepted `name_variant` flag merges its
  entities: the first of its `entity_ids` (the one its suggestion names) keeps its id, the others'
  aliases, articles and mentions join it, and official claims pointing at them point at it.
- edit: as accept, and the reviewer's value replaces the claim's `value` (the claim chosen in the
  review, one of the flag's `claim_ids`; its confidence becomes REVIEWED_CONFIDENCE) or, for a
  flag without claims, the flag's `suggestion`; for `name_variant` the value names the merged entity.
- reject: the flag's `status` becomes "rejected". A rejected `garbled_number` flag is a repair the
  reviewer says is wrong; no unrepaired reading of a split decimal is a number one can trust, so the
  claims built on it keep their value and repairs (provenance) and are *marked*: their confidence
  becomes REJECTED_CONFIDENCE (0). Downstream users drop claims with confidence 0.
- reopen: the flag is open again, as if never decided.

A decision whose flag, claim or entities are not in the run is an orphan: it is kept in the
database and reported (`orphans()`), never dropped; the parts whose ids exist are still applied.
"""

from __future__ import annotations

import hashlib
import heapq
import json
import math
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from ..models import CLAIM_ADAPTER, EntityRecord, FlagRecord, Mention
from ..output import write_atomic
from .storage import Decision, ReviewStore

#: confidence of a claim a reviewer corrected by hand (a person read the original and typed the value)
REVIEWED_CONFIDENCE = 1.0

#: confidence of a claim resting on a repair a reviewer rejected (the value is known to be unreliable)
REJECTED_CONFIDENCE = 0.0

#: fixed name of the orphan list written into OUT by a run that found decisions
ORPHANS_NAME = "review-orphans.json"

#: flag types whose accepted decision merges the flag's entities
MERGE_TYPES = frozenset({"name_variant"})

#: flag types whose rejection marks the flag's claims as resting on a wrong repair
REPAIR_TYPES = frozenset({"garbled_number"})


def parse_number(text: str) -> float | None:
    """A reviewer's typed number ("1,234.5", "7.8%", " 55800000000 ") as a float, or None."""
    cleaned = text.strip().replace(",", "").replace("_", "").replace(" ", "")
    cleaned = cleaned.removesuffix("%")
    if not cleaned or len(cleaned) > 64:
        return None
    try:
        value = float(cleaned)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


class Orphan(BaseModel):
    """A decision whose evidence is (partly) missing from the run, and which ids are missing."""

    model_config = ConfigDict(extra="forbid")
    decision: Decision
    missing: list[str]


class DecisionSet:
    """The decisions in force, ready to apply; remembers which ids it met to report orphans."""

    def __init__(self, decisions: list[Decision]) -> None:
        self.by_flag: dict[str, Decision] = {d.flag_id: d for d in decisions if d.action != "reopen"}
        self.edits: dict[str, float] = {}
        self.problems: dict[str, str] = {}
        self._parent: dict[str, str] = {}
        self.names: dict[str, str] = {}
        for d in sorted(self.by_flag.values(), key=lambda d: d.id or 0):
            if d.action == "edit" and d.claim_id and d.value is not None:
                number = parse_number(d.value)
                if number is None:
                    self.problems[d.flag_id] = f"value {d.value!r} is not a number"
                else:
                    self.edits[d.claim_id] = number
            if d.flag_type in MERGE_TYPES and d.status == "accepted" and len(d.entity_ids) > 1:
                root = self._find(d.entity_ids[0])
                for other in d.entity_ids[1:]:
                    r = self._find(other)
                    if r != root:
                        self._parent[r] = root
                if d.action == "edit" and d.value:
                    self.names[root] = d.value.strip()
        # ids met while applying, only those the decisions name (a run meets every id: holding them
        # all would grow memory with the run)
        self.seen_flags: set[str] = set()
        self.seen_claims: set[str] = set()
        self.seen_entities: set[str] = set()
        self._named_claims = {d.claim_id for d in self.by_flag.values() if d.claim_id}
        self._named_entities = {e for d in self.by_flag.values() for e in d.entity_ids}
        self.has_db = False

    @classmethod
    def load(cls, out: Path) -> DecisionSet:
        """The decisions in force in OUT/review.sqlite (an empty set when there is no database)."""
        store = ReviewStore.open_existing(out)
        if store is None:
            return cls([])
        try:
            decisions = cls(store.latest())
        finally:
            store.close()
        decisions.has_db = True
        return decisions

    def __len__(self) -> int:
        return len(self.by_flag)

    def _find(self, entity_id: str) -> str:
        while entity_id in self._parent:
            entity_id = self._parent[entity_id]
        return entity_id

    def survivor(self, entity_id: str) -> str:
        """The entity id an entity is merged into (itself when not merged)."""
        return self._find(entity_id)

    # ------------------------------------------------------------------ records

    def apply_flag(self, flag: FlagRecord) -> FlagRecord:
        """The flag with the status (and edited suggestion) its decision gives it."""
        d = self.by_flag.get(flag.flag_id)
        if d is None:
            return flag
        self.seen_flags.add(flag.flag_id)
        update: dict[str, Any] = {"status": d.status}
        if d.action == "edit" and d.value is not None and not d.claim_id:
            update["suggestion"] = d.value
        return flag.model_copy(update=update)

    def apply_flags(self, flags: list[FlagRecord]) -> list[FlagRecord]:
        """apply_flag over a list."""
        return [self.apply_flag(f) for f in flags]

    def rejected_repair_claims(self, flags: list[FlagRecord]) -> set[str]:
        """Ids of the claims behind the rejected repair flags among `flags`."""
        out: set[str] = set()
        for f in flags:
            d = self.by_flag.get(f.flag_id)
            if d is not None and d.status == "rejected" and f.type in REPAIR_TYPES:
                out.update(f.claim_ids)
        return out

    def apply_claim(self, claim: Any, rejected: set[str] = frozenset()) -> Any:  # type: ignore[assignment]
        """The claim with its edited value, its rejected-repair mark and its merged entity id."""
        if claim.claim_id in self._named_claims:
            self.seen_claims.add(claim.claim_id)
        update: dict[str, Any] = {}
        if claim.claim_id in self.edits:
            update["value"] = self.edits[claim.claim_id]
            update["confidence"] = REVIEWED_CONFIDENCE
        elif claim.claim_id in rejected:
            update["confidence"] = REJECTED_CONFIDENCE
        if claim.entity_id is not None and self._find(claim.entity_id) != claim.entity_id:
            update["entity_id"] = self._find(claim.entity_id)
        if not update:
            return claim
        try:
            return CLAIM_ADAPTER.validate_python({**claim.model_dump(), **update})
        except ValidationError as exc:
            self.problems[claim.claim_id] = f"decision not applied: {exc.errors()[0]['msg']}"
            return claim

    def apply_article(self, item: Any) -> Any:
        """An `ArticleOutput` with every decision on its flags and claims applied (a new object)."""
        if not self.by_flag:
            return item
        rejected = self.rejected_repair_claims(item.flags)
        return item.model_copy(
            update={
                "flags": self.apply_flags(item.flags),
                "claims": [self.apply_claim(c, rejected) for c in item.claims],
            }
        )

    def merge_entities(self, records: list[EntityRecord]) -> list[EntityRecord]:
        """Entities with accepted name variants merged into their survivor (sorted by id as before)."""
        if self._parent or self.names:
            records = sorted(records, key=lambda r: r.entity_id)
        return list(self.iter_merged_entities(records))

    def iter_merged_entities(self, records: Iterable[EntityRecord]) -> Iterator[EntityRecord]:
        """`merge_entities` over records sorted by id, one at a time.

        Only the entities that merges touch are held (two passes over `records`, which must be
        re-iterable then); the others pass through in their order.
        """
        merging = set(self._parent) | set(self._parent.values()) | set(self.names)
        if not merging:
            for r in records:
                self._saw_entity(r.entity_id)
                yield r
            return
        groups: dict[str, list[EntityRecord]] = {}
        for r in records:
            if r.entity_id in merging:
                groups.setdefault(self._find(r.entity_id), []).append(r)
        merged = sorted((self._merge(root, members) for root, members in groups.items()), key=lambda r: r.entity_id)

        def untouched() -> Iterator[EntityRecord]:
            for r in records:
                self._saw_entity(r.entity_id)
                if r.entity_id not in merging:
                    yield r

        yield from heapq.merge(untouched(), merged, key=lambda r: r.entity_id)

    def _saw_entity(self, entity_id: str) -> None:
        if entity_id in self._named_entities:
            self.seen_entities.add(entity_id)

    def _merge(self, root: str, members: list[EntityRecord]) -> EntityRecord:
        members = sorted(members, key=lambda r: (r.entity_id != root, r.entity_id))
        head = members[0]
        if len(members) == 1 and root not in self.names:
            return head
        data = head.model_dump()
        data["entity_id"] = root
        data["name"] = self.names.get(root, head.name)
        for key in ("role", "organization", "country", "kb_id"):
            data[key] = next((getattr(m, key) for m in members if getattr(m, key) is not None), None)
        data["aliases"] = sorted({a for m in members for a in m.aliases})
        data["article_ids"] = sorted({a for m in members for a in m.article_ids})
        mentions = {(x.article_id, x.start, x.end, x.text): x for m in members for x in m.mentions}
        data["mentions"] = [Mention.model_validate(mentions[k].model_dump()) for k in sorted(mentions)]
        return EntityRecord(**data)

    # ------------------------------------------------------------------ orphans

    def orphans(self) -> list[Orphan]:
        """Decisions whose flag, edited claim or merged entities the records applied so far lacked."""
        out = []
        for d in sorted(self.by_flag.values(), key=lambda d: d.id or 0):
            missing = []
            if d.flag_id not in self.seen_flags:
                missing.append(f"flag {d.flag_id}")
            if d.claim_id and d.claim_id not in self.seen_claims:
                missing.append(f"claim {d.claim_id}")
            if d.flag_type in MERGE_TYPES and d.status == "accepted":
                missing += [f"entity {e}" for e in d.entity_ids if e not in self.seen_entities]
            if d.flag_id in self.problems:
                missing.append(self.problems[d.flag_id])
            if d.claim_id and d.claim_id in self.problems:
                missing.append(self.problems[d.claim_id])
            if missing:
                out.append(Orphan(decision=d, missing=missing))
        return out

    @staticmethod
    def clear_orphans(out: Path) -> None:
        """Remove the orphan list an earlier run left in OUT (there is none now)."""
        (out / ORPHANS_NAME).unlink(missing_ok=True)

    def report(self, out: Path) -> dict[str, int]:
        """After a run: list orphans in OUT/review-orphans.json, print one summary line on stderr, return manifest counts.

        The file exists only when there are orphans: a run without any removes the list an earlier
        run left (one unlink, so the folder never holds a half-written list).
        """
        orphans = self.orphans()
        if orphans:
            payload = [o.model_dump(mode="json") for o in orphans]
            write_atomic(out / ORPHANS_NAME, json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        else:
            self.clear_orphans(out)
        counts = {"decisions": len(self.by_flag), "applied": len(self.by_flag) - len(orphans), "orphaned": len(orphans)}
        self.print_counts(counts, out)
        return counts

    @staticmethod
    def print_counts(counts: dict[str, int], out: Path) -> None:
        """The review summary line on stderr."""
        line = f"review: {counts['decisions']} decisions, {counts['applied']} applied"
        if counts["orphaned"]:
            line += f", {counts['orphaned']} orphaned (their ids are not in this run; listed in {out / ORPHANS_NAME})"
        print(line, file=sys.stderr)

    def fingerprint(self) -> str:
        """A digest of the decisions in force (a run with other decisions writes other records)."""
        payload = [d.model_dump(mode="json") for d in sorted(self.by_flag.values(), key=lambda d: d.id or 0)]
        return hashlib.sha256(json.dumps([self.has_db, payload], sort_keys=True).encode()).hexdigest()
