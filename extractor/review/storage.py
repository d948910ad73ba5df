"""The review database: reviewers' decisions in an embedded SQLite file, OUT/review.sqlite.

Decisions are appended, never updated: the latest decision on a flag is in force, the earlier ones
are its history (who decided what, when and why). Every statement is parameterized; the database
runs in WAL mode so `extractor run` can read it while the review server writes.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

#: the database's fixed file name inside OUT
DB_NAME = "review.sqlite"

#: bump when the table layout changes (stored in PRAGMA user_version)
DB_VERSION = 1

Action = Literal["accept", "reject", "edit", "reopen"]

#: the flag status each action leaves behind
STATUS_OF: dict[str, Literal["open", "accepted", "rejected"]] = {
    "accept": "accepted",
    "edit": "accepted",
    "reject": "rejected",
    "reopen": "open",
}

_SCHEMA = """
CREATE TABLE IF NOT EXISTS decisions (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    flag_id     TEXT NOT NULL,
    flag_type   TEXT NOT NULL,
    article_id  TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('accept', 'reject', 'edit', 'reopen')),
    value       TEXT,
    claim_id    TEXT,
    entity_ids  TEXT NOT NULL DEFAULT '[]',
    reviewer    TEXT NOT NULL,
    reason      TEXT,
    decided_at  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS decisions_by_flag ON decisions (flag_id, id);
"""

_COLUMNS = "id, flag_id, flag_type, article_id, action, value, claim_id, entity_ids, reviewer, reason, decided_at"


class Decision(BaseModel):
    """One reviewer decision on one flag, keyed by the run's stable ids."""

    model_config = ConfigDict(extra="forbid")
    id: int | None = None
    flag_id: str
    flag_type: str
    article_id: str
    action: Action
    value: str | None = None
    claim_id: str | None = None
    entity_ids: list[str] = Field(default_factory=list)
    reviewer: str
    reason: str | None = None
    decided_at: str = ""

    @property
    def status(self) -> Literal["open", "accepted", "rejected"]:
        """The flag status this decision leaves behind."""
        return STATUS_OF[self.action]


def db_path(out: Path) -> Path:
    """Where the review database of a run folder lives."""
    return out / DB_NAME


def _row(row: tuple) -> Decision:
    keys = [k.strip() for k in _COLUMNS.split(",")]
    data = dict(zip(keys, row))
    data["entity_ids"] = json.loads(data["entity_ids"])
    return Decision(**data)


class ReviewStore:
    """Read and append decisions in OUT/review.sqlite."""

    def __init__(self, path: Path, *, readonly: bool = False) -> None:
        self.path = path
        self._lock = threading.Lock()  # one connection shared by the server's threads
        if readonly:
            self._db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
        else:
            self._db = sqlite3.connect(path, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(_SCHEMA)
            self._db.execute(f"PRAGMA user_version={DB_VERSION:d}")
            self._db.commit()

    @classmethod
    def open(cls, out: Path) -> ReviewStore:
        """Open (creating if missing) the review database of run folder `out`."""
        return cls(db_path(out))

    @classmethod
    def open_existing(cls, out: Path) -> ReviewStore | None:
        """Open the review database of `out` read-only, or None when there is none."""
        path = db_path(out)
        return cls(path, readonly=True) if path.is_file() else None

    def record(self, decision: Decision) -> Decision:
        """Append a decision (stamped with the current UTC time) and return it with its id."""
        stamped = decision.model_copy(update={"decided_at": decision.decided_at or _now()})
        with self._lock:
            cur = self._db.execute(
                "INSERT INTO decisions (flag_id, flag_type, article_id, action, value, claim_id, entity_ids,"
                " reviewer, reason, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    stamped.flag_id,
                    stamped.flag_type,
                    stamped.article_id,
                    stamped.action,
                    stamped.value,
                    stamped.claim_id,
                    json.dumps(stamped.entity_ids),
                    stamped.reviewer,
                    stamped.reason,
                    stamped.decided_at,
                ),
            )
            self._db.commit()
        return stamped.model_copy(update={"id": cur.lastrowid})

    def latest(self) -> list[Decision]:
        """The decision in force on each flag, oldest first."""
        with self._lock:
            rows = self._db.execute(
                f"SELECT {_COLUMNS} FROM decisions WHERE id IN (SELECT MAX(id) FROM decisions GROUP BY flag_id) ORDER BY id"
            ).fetchall()
        return [_row(r) for r in rows]

    def history(self, flag_id: str) -> list[Decision]:
        """Every decision made on one flag, oldest first."""
        with self._lock:
            rows = self._db.execute(f"SELECT {_COLUMNS} FROM decisions WHERE flag_id = ? ORDER BY id", (flag_id,)).fetchall()
        return [_row(r) for r in rows]

    def all(self) -> list[Decision]:
        """Every decision ever made, oldest first."""
        with self._lock:
            rows = self._db.execute(f"SELECT {_COLUMNS} FROM decisions ORDER BY id").fetchall()
        return [_row(r) for r in rows]

    def close(self) -> None:
        self._db.close()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
