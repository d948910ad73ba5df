"""Reading a finished run's files (OUT/*.jsonl, manifest.json) for review, export and report."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


class RunNotFound(FileNotFoundError):
    """OUT is not a run folder; the message says what to do."""


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """The records of one JSONL file (none when the file is missing)."""
    if not path.is_file():
        return
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


@dataclass
class RunData:
    """A run's records in memory, indexed by their stable ids."""

    out: Path
    articles: dict[str, dict[str, Any]] = field(default_factory=dict)
    claims: dict[str, dict[str, Any]] = field(default_factory=dict)
    flags: list[dict[str, Any]] = field(default_factory=list)
    flag_index: dict[str, int] = field(default_factory=dict)
    entities: dict[str, dict[str, Any]] = field(default_factory=dict)
    manifest: dict[str, Any] = field(default_factory=dict)

    def flag(self, flag_id: str) -> dict[str, Any] | None:
        """The flag with this id, or None."""
        i = self.flag_index.get(flag_id)
        return None if i is None else self.flags[i]


def require_run(out: Path) -> None:
    """Raise RunNotFound unless `out` holds a finished run."""
    if not (out / "flags.jsonl").is_file() or not (out / "articles.jsonl").is_file():
        raise RunNotFound(f"{out} is not an extractor output folder (no flags.jsonl/articles.jsonl): run `extractor run INPUT --out {out}` first")


def load_run(out: Path) -> RunData:
    """Load every record of the run in `out` (fixed file names only)."""
    require_run(out)
    data = RunData(out=out)
    data.articles = {a["article_id"]: a for a in read_jsonl(out / "articles.jsonl")}
    data.claims = {c["claim_id"]: c for c in read_jsonl(out / "claims.jsonl")}
    data.flags = list(read_jsonl(out / "flags.jsonl"))
    data.flag_index = {f["flag_id"]: i for i, f in enumerate(data.flags)}
    data.entities = {e["entity_id"]: e for e in read_jsonl(out / "entities.jsonl")}
    manifest = out / "manifest.json"
    if manifest.is_file():
        data.manifest = json.loads(manifest.read_text(encoding="utf-8"))
    return data
