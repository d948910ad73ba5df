"""Parquet copies of a run's JSONL files (`extractor run --format parquet`, pyarrow as an extra).

After a run, `write_parquet(OUT)` writes `OUT/<name>.parquet` for articles, claims, entities, flags
and errors from the JSONL files. One column per field of the file's record model (for claims, the
union of the fields of every claim kind, in model order; a field a kind lacks is null), with a fixed
type, so every run's files have the same schema, empty ones included:

- text and enumerations -> string; integers -> int64; numbers -> float64; booleans -> bool;
  dates -> date32;
- nested fields (evidence, period, repairs, counts, claim_ids, aliases, mentions, ...) -> string
  holding the field's JSON, exactly as in the JSONL line (read back with `json.loads`, or
  `json_extract` in DuckDB/Spark).

The JSONL files stay the reference: the Parquet files are derived from them, row for row, in the
same order, and each is written to a temporary name and renamed into place.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import types
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from .models import ArticleRecord, EntityRecord, ErrorRecord, FigureClaim, FlagRecord, OfficialClaim, PercentageClaim, PolicyClaim
from .output import JSONL_FILES

#: how to install the optional dependency (the `parquet` extra of pyproject.toml)
INSTALL_HINT = "pip install 'extractor[parquet]' (pyarrow)"

#: rows converted and written at a time (bounds memory on large runs)
CHUNK_ROWS = 10_000

#: output file -> the record models whose fields become its columns
FILE_MODELS: dict[str, tuple[type[BaseModel], ...]] = {
    "articles": (ArticleRecord,),
    "claims": (FigureClaim, PercentageClaim, OfficialClaim, PolicyClaim),
    "entities": (EntityRecord,),
    "flags": (FlagRecord,),
    "errors": (ErrorRecord,),
}


class ParquetUnavailable(RuntimeError):
    """pyarrow is not installed."""


def require_pyarrow() -> Any:
    """The pyarrow module, or ParquetUnavailable with a one-line install hint."""
    try:
        import pyarrow
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        raise ParquetUnavailable(f"--format parquet needs pyarrow: {INSTALL_HINT}") from None
    return pyarrow


def _scalar(annotation: Any) -> Any:
    """The one non-None type of a field's annotation (Literal reduced to its values' type), or None if nested."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _scalar(args[0]) if len(args) == 1 else None
    if origin is typing.Literal:
        kinds = {type(v) for v in typing.get_args(annotation)}
        return kinds.pop() if len(kinds) == 1 else None
    if origin is typing.Annotated:
        return _scalar(typing.get_args(annotation)[0])
    return annotation if annotation in (str, int, float, bool, dt.date) else None


def columns(name: str) -> dict[str, Any]:
    """Column name -> the Python scalar type of the column, or None for a nested (JSON string) column."""
    cols: dict[str, Any] = {}
    for model in FILE_MODELS[name]:
        for field, info in model.model_fields.items():
            kind = _scalar(info.annotation)
            if field in cols and cols[field] != kind:
                kind = float if {cols[field], kind} == {int, float} else None
            cols[field] = kind
    return cols


def schema(name: str) -> Any:
    """The pyarrow schema of OUT/<name>.parquet."""
    pa = require_pyarrow()
    arrow = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_(), dt.date: pa.date32(), None: pa.string()}
    return pa.schema([pa.field(col, arrow[kind], nullable=True) for col, kind in columns(name).items()])


def _cell(value: Any, kind: Any) -> Any:
    if value is None:
        return None
    if kind is None:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if kind is dt.date:
        return dt.date.fromisoformat(value)
    return value


def _chunks(path: Path, cols: dict[str, Any]) -> Iterator[dict[str, list[Any]]]:
    data: dict[str, list[Any]] = {c: [] for c in cols}
    rows = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            record = json.loads(line)
            unknown = set(record) - set(cols)
            if unknown:
                raise ValueError(f"{path.name}: fields {sorted(unknown)} are not in the Parquet schema")
            for col, kind in cols.items():
                data[col].append(_cell(record.get(col), kind))
            rows += 1
            if rows == CHUNK_ROWS:
                yield data
                data, rows = {c: [] for c in cols}, 0
    if rows:
        yield data


def write_parquet(out: Path, names: tuple[str, ...] = JSONL_FILES) -> list[Path]:
    """Write OUT/<name>.parquet from OUT/<name>.jsonl for each name; the paths written."""
    pa = require_pyarrow()
    import pyarrow.parquet as pq

    written = []
    for name in names:
        cols = columns(name)
        sch = schema(name)
        target = out / f"{name}.parquet"
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        try:
            with pq.ParquetWriter(tmp, sch) as writer:
                for chunk in _chunks(out / f"{name}.jsonl", cols):
                    writer.write_table(pa.table(chunk, schema=sch))
            os.replace(tmp, target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        written.append(target)
    return written
