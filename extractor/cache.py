"""The result cache behind incremental and resumed runs.

Each article's validated output is stored in `OUT/.extractor-cache.sqlite` under a key made of its
content and metadata and the run's fingerprint (tool version, source code and data files, settings,
model, rules, checks, knowledge base). A re-run reuses what is unchanged; a run that was killed is
finished by the next run, which reuses every batch the killed one committed. Any change to the
code, the data files, the knowledge base or the settings changes the fingerprint, so everything is
redone (simple and always correct; `--force` redoes everything without a change).

A run whose inputs, fingerprint and review decisions all equal the last successful run's, into an
OUT whose files are still the ones that run wrote, writes nothing but the manifest
(`extractor.pipeline.run`): it needs neither the model nor the cached records.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zlib
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import __version__
from .ingest import ArticleInput
from .models import ErrorRecord

CACHE_NAME = ".extractor-cache.sqlite"
PACKAGE = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def source_hash() -> str:
    """Hash of the package's code and data files: a rule change invalidates cached results."""
    h = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*")):
        if path.suffix in {".py", ".yaml", ".yml", ".json"} and "__pycache__" not in path.parts:
            h.update(path.relative_to(PACKAGE).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()


def run_fingerprint(ctx: Any) -> str:
    """Everything besides an article's own content that decides its output."""
    settings = ctx.settings.public()
    for how_not_what in ("workers", "engine", "scheduler"):  # where it runs does not change the result
        settings.pop(how_not_what, None)
    parts = {
        "version": __version__,
        "source": source_hash(),
        "settings": settings,
        "model": ctx.model,
        "rules": [n for n, _ in ctx.rules],
        "checks": [n for n, _ in ctx.checks],
        "kb": ctx.kb.fingerprint() if ctx.kb is not None else None,
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()


class ResultCache:
    """Per-article results keyed by content + fingerprint, in an SQLite file (WAL) inside OUT."""

    def __init__(self, out: Path, fingerprint: str, *, force: bool = False) -> None:
        self.fingerprint = fingerprint
        self.force = force
        self.hits = 0
        self._used: set[str] = set()
        self._db = sqlite3.connect(out / CACHE_NAME)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, value BLOB NOT NULL)")
        self._db.execute("CREATE TABLE IF NOT EXISTS last_run (id INTEGER PRIMARY KEY CHECK (id = 0), state TEXT NOT NULL)")

    def key(self, inp: ArticleInput) -> str:
        fields = [self.fingerprint, inp.article_id, inp.path, inp.format, inp.encoding, inp.text,
                  str(inp.published), inp.published_from, inp.title, inp.source, inp.url]
        return hashlib.sha256("\x1f".join(str(f) for f in fields).encode("utf-8")).hexdigest()

    def get(self, inp: ArticleInput) -> Any:
        """The stored result of an unchanged article, or None."""
        key = self.key(inp)
        self._used.add(key)
        if self.force:
            return None
        row = self._db.execute("SELECT value FROM results WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        self.hits += 1
        return _load(row[0])

    def put_all(self, inputs: list[ArticleInput], results: list[Any]) -> None:
        """Store a batch's results in one transaction (a killed run keeps every finished batch)."""
        self.put_blobs(inputs, [dump_result(res) for res in results])

    def put_blobs(self, inputs: list[ArticleInput], blobs: list[bytes]) -> None:
        """Store a batch's results already serialized with `dump_result` (by the workers), in one transaction."""
        rows = [(self.key(inp), blob) for inp, blob in zip(inputs, blobs)]
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO results (key, value) VALUES (?, ?)", rows)

    def prune(self) -> None:
        """Forget results this run did not use (after a successful run)."""
        with self._db:
            self._db.execute("CREATE TEMP TABLE IF NOT EXISTS used (key TEXT PRIMARY KEY)")
            self._db.execute("DELETE FROM used")
            self._db.executemany("INSERT OR IGNORE INTO used (key) VALUES (?)", ((k,) for k in self._used))
            self._db.execute("DELETE FROM results WHERE key NOT IN (SELECT key FROM used)")

    @property
    def used(self) -> int:
        """How many articles this run asked for (each one's key)."""
        return len(self._used)

    def last_run(self) -> dict[str, Any] | None:
        """What the last successful run into OUT recorded with `record_run` (None with `force`)."""
        if self.force:
            return None
        row = self._db.execute("SELECT state FROM last_run WHERE id = 0").fetchone()
        return json.loads(row[0]) if row else None

    def record_run(self, state: dict[str, Any]) -> None:
        """Remember a successful run: its input key, the digests of the files it wrote, its counts."""
        with self._db:
            self._db.execute("INSERT OR REPLACE INTO last_run (id, state) VALUES (0, ?)", (json.dumps(state),))

    def close(self) -> None:
        self._db.close()


def dump_result(result: Any) -> bytes:
    """A result as the cache stores it (compressed JSON of its records)."""
    kind = "error" if isinstance(result, ErrorRecord) else "article"
    return zlib.compress(json.dumps({"kind": kind, "value": result.model_dump(mode="json")}).encode("utf-8"))


def _load(blob: bytes) -> Any:
    from .pipeline import ArticleOutput

    data = json.loads(zlib.decompress(blob))
    model = ErrorRecord if data["kind"] == "error" else ArticleOutput
    return model.model_validate(data["value"])
