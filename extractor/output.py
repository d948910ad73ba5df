"""Writing the output files: JSON Lines, validated per record, each file replaced atomically."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from pydantic import BaseModel

JSONL_FILES = ("articles", "claims", "entities", "flags", "errors")


def dumps(record: BaseModel | dict[str, Any]) -> str:
    """One JSON line: UTF-8 text, keys in model order, no trailing spaces."""
    data = record.model_dump(mode="json") if isinstance(record, BaseModel) else record
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


class AtomicFile:
    """A text file written to a temporary name beside its target and renamed into place on commit."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        self._fh = open(self.tmp, "w", encoding="utf-8", newline="\n")  # noqa: SIM115 (closed in commit/abort)
        self.count = 0

    def write_line(self, line: str) -> None:
        self._fh.write(line)
        self._fh.write("\n")
        self.count += 1

    def commit(self) -> None:
        self._fh.flush()
        os.fsync(self._fh.fileno())
        self._fh.close()
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        if not self._fh.closed:
            self._fh.close()
        self.tmp.unlink(missing_ok=True)


def write_atomic(path: Path, text: str) -> None:
    """Write a whole file atomically."""
    f = AtomicFile(path)
    try:
        f._fh.write(text)
        f.commit()
    except BaseException:
        f.abort()
        raise


def _alive(pid: int) -> bool:
    """Whether a process with this id exists (one owned by another user counts)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_temporaries(out: Path) -> list[Path]:
    """Delete the temporary files a killed run left in `out` (those whose writing process is gone).

    A temporary file is `.<target>.<pid>.tmp`; one of a live process (another run writing into the
    same folder) is kept.
    """
    removed = []
    for target in (*(f"{name}.jsonl" for name in JSONL_FILES), "manifest.json"):
        for tmp in out.glob(f".{target}.*.tmp"):
            pid = tmp.name[len(target) + 2 : -len(".tmp")]
            if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
                tmp.unlink(missing_ok=True)
                removed.append(tmp)
    for store in out.glob(".extractor-run.*.sqlite"):  # a run's spilled aggregates (extractor.pipeline.RunStore)
        pid = store.name[len(".extractor-run.") : -len(".sqlite")]
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            store.unlink(missing_ok=True)
            removed.append(store)
    return removed


class OutputSet:
    """The five JSONL files of a run, opened together and committed together at the end."""

    def __init__(self, out: Path) -> None:
        out.mkdir(parents=True, exist_ok=True)
        remove_stale_temporaries(out)
        self.out = out
        self.files: dict[str, AtomicFile] = {}
        try:
            for name in JSONL_FILES:
                self.files[name] = AtomicFile(out / f"{name}.jsonl")
        except BaseException:
            self.abort()
            raise

    def write(self, name: str, record: BaseModel | dict[str, Any]) -> None:
        self.files[name].write_line(dumps(record))

    def write_line(self, name: str, line: str) -> None:
        """Write a record already serialized with `dumps`."""
        self.files[name].write_line(line)

    def counts(self) -> dict[str, int]:
        return {name: f.count for name, f in self.files.items()}

    def commit(self) -> None:
        for f in self.files.values():
            f.commit()

    def abort(self) -> None:
        for f in self.files.values():
            f.abort()
