"""Ingest: walk inputs, read each supported format, attach sidecar metadata.

Yields `ArticleInput` for every readable article and `IngestProblem` for everything that is not
(an unreadable file, a bad `.jsonl` line, a broken sidecar), so the driver can record it and go on.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from charset_normalizer import from_bytes

#: file suffix -> article format
FORMATS = {".txt": "txt", ".md": "md", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
META_SUFFIX = ".meta.json"
META_FIELDS = ("published", "title", "source", "url")


@dataclass
class ArticleInput:
    """One article's text and metadata, as read from disk."""

    article_id: str
    path: str
    format: str
    encoding: str
    text: str
    published: date | None = None
    published_from: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None


@dataclass
class IngestProblem:
    """Something that could not be read; `fatal` False means the article itself still came through."""

    path: str
    reason: str
    article_id: str | None = None
    stage: str = "ingest"
    fatal: bool = True


@dataclass
class _Walk:
    files: list[tuple[Path, Path]] = field(default_factory=list)  # (file, the INPUT root it came from)
    problems: list[IngestProblem] = field(default_factory=list)


class InputError(Exception):
    """The run cannot start: an INPUT does not exist or cannot be read."""


def discover(inputs: list[Path]) -> tuple[list[tuple[Path, Path]], list[IngestProblem]]:
    """Every supported, non-hidden file under the inputs, in a stable order.

    Folders are walked recursively without following directory symlinks (so symlink loops cannot
    trap the walk); hidden files and folders (name starting with '.') are skipped.
    """
    walk = _Walk()
    for root in inputs:
        if not root.exists():
            raise InputError(f"input not found: {root}")
        if root.is_file():
            if root.suffix.lower() in FORMATS:
                walk.files.append((root, root.parent))
            else:
                raise InputError(f"unsupported input file: {root} (expected {', '.join(sorted(FORMATS))})")
            continue
        if not os.access(root, os.R_OK | os.X_OK):
            raise InputError(f"input folder not readable: {root}")

        def onerror(err: OSError) -> None:
            walk.problems.append(IngestProblem(path=str(err.filename), reason=f"cannot list folder: {err.strerror}"))

        for dirpath, dirnames, filenames in os.walk(root, onerror=onerror):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                path = Path(dirpath) / name
                if name.startswith(".") or name.endswith(META_SUFFIX):
                    continue
                if path.suffix.lower() in FORMATS:
                    walk.files.append((path, root))
    return walk.files, walk.problems


def decode(data: bytes) -> tuple[str, str]:
    """Text and encoding name of raw bytes: UTF-8 (with or without BOM) first, else detected.

    Raises ValueError for data that is not text (binary or undecodable).
    """
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(codec), codec
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096]:
        raise ValueError("binary data, not text")
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise ValueError("undecodable: no text encoding fits")
    return str(best), best.encoding


def html_main_text(html: str) -> str:
    """The main text of an HTML page (trafilatura), without scripts, navigation or boilerplate."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=True, favor_precision=True)
    if not text or not text.strip():
        raise ValueError("no main text found in HTML")
    return text


def article_id_for(path: Path, root: Path) -> str:
    """The path relative to its INPUT folder, without extension, '/'-separated."""
    rel = path.relative_to(root).with_suffix("")
    return rel.as_posix()


def _parse_date(value: object) -> date:
    if not isinstance(value, str):
        raise ValueError(f"published must be a YYYY-MM-DD string, got {value!r}")
    return date.fromisoformat(value)


def _apply_meta(article: ArticleInput, meta: dict, origin: str) -> None:
    """Copy published/title/source/url from a sidecar or a jsonl record (validated)."""
    if meta.get("published") not in (None, ""):
        article.published = _parse_date(meta["published"])
        article.published_from = origin
    for key in ("title", "source", "url"):
        value = meta.get(key)
        if value is not None:
            if not isinstance(value, str):
                raise ValueError(f"{key} must be a string")
            setattr(article, key, value)


def _read_sidecar(path: Path, article: ArticleInput) -> IngestProblem | None:
    meta_path = path.with_name(path.name[: -len(path.suffix)] + META_SUFFIX)
    if not meta_path.exists():
        return None
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if not isinstance(meta, dict):
            raise ValueError("expected a JSON object")
        unknown = set(meta) - set(META_FIELDS)
        if unknown:
            raise ValueError(f"unknown field(s) {', '.join(sorted(unknown))}")
        _apply_meta(article, meta, "sidecar")
    except (OSError, ValueError) as exc:  # json.JSONDecodeError is a ValueError
        return IngestProblem(
            path=str(meta_path),
            article_id=article.article_id,
            stage="ingest.meta",
            reason=f"sidecar ignored, article processed without it: {exc}",
            fatal=False,
        )
    return None


def read_file(path: Path, root: Path, max_chars: int) -> Iterator[ArticleInput | IngestProblem]:
    """The articles in one file (one, or one per `.jsonl` line) and any problems met."""
    fmt = FORMATS[path.suffix.lower()]
    article_id = article_id_for(path, root)
    try:
        size = path.stat().st_size
        # a UTF-32 worst case is 4 bytes a character: refuse before reading what cannot fit
        if fmt != "jsonl" and size > 4 * max_chars:
            raise ValueError(f"file of {size} bytes exceeds the maximum article size ({max_chars} characters)")
        data = path.read_bytes()
        text, encoding = decode(data)
    except (OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        yield IngestProblem(path=str(path), article_id=article_id, reason=f"cannot read: {reason}")
        return
    if fmt == "jsonl":
        yield from _read_jsonl(path, article_id, text, encoding, max_chars)
        return
    try:
        if fmt == "html":
            text = html_main_text(text)
        _check_text(text, max_chars)
    except ValueError as exc:
        yield IngestProblem(path=str(path), article_id=article_id, reason=str(exc))
        return
    article = ArticleInput(article_id=article_id, path=str(path), format=fmt, encoding=encoding, text=text)
    problem = _read_sidecar(path, article)
    if problem:
        yield problem
    yield article


def _check_text(text: str, max_chars: int) -> None:
    if not text.strip():
        raise ValueError("empty article: no text")
    if len(text) > max_chars:
        raise ValueError(f"article of {len(text)} characters exceeds the maximum ({max_chars})")


def _read_jsonl(
    path: Path, file_id: str, text: str, encoding: str, max_chars: int
) -> Iterator[ArticleInput | IngestProblem]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        fallback_id = f"{file_id}/{number}"
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("line is not a JSON object")
            body = record.get("text")
            if not isinstance(body, str):
                raise ValueError("'text' (a string) is required")
            _check_text(body, max_chars)
            article_id = record.get("id")
            article_id = str(article_id) if article_id not in (None, "") else fallback_id
            article = ArticleInput(
                article_id=article_id, path=f"{path}:{number}", format="jsonl", encoding=encoding, text=body
            )
            _apply_meta(article, record, "jsonl")
        except ValueError as exc:
            yield IngestProblem(path=f"{path}:{number}", article_id=fallback_id, reason=f"bad jsonl line: {exc}")
            continue
        yield article


def read_inputs(inputs: list[Path], max_chars: int) -> Iterator[ArticleInput | IngestProblem]:
    """All articles and problems of a run, in a stable order; duplicate ids become problems."""
    files, problems = discover(inputs)
    yield from problems
    seen: set[str] = set()
    for path, root in files:
        for item in read_file(path, root, max_chars):
            if isinstance(item, ArticleInput):
                if item.article_id in seen:
                    yield IngestProblem(path=item.path, article_id=item.article_id, reason="duplicate article_id")
                    continue
                seen.add(item.article_id)
            yield item
