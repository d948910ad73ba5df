"""Ingest: walk inputs, read each supported format, attach sidecar metadata.

Yields `ArticleInput` for every readable article and `IngestProblem` for everything that is not
(an unreadable file, a bad `.jsonl` line, a broken sidecar), so the driver can record it and go on.
"""

from __future__ import annotations

import json
import os
import stat
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

        for path in _walk_files(root, walk.problems):
            if path.suffix.lower() in FORMATS and not path.name.endswith(META_SUFFIX):
                walk.files.append((path, root))
    return walk.files, walk.problems


def _walk_files(root: Path, problems: list[IngestProblem]) -> Iterator[Path]:
    """The non-hidden files under `root`, depth first in name order, directory symlinks not followed.

    Iterative (an explicit stack, not os.walk's recursion in Python 3.11), so a folder tree nested
    deeper than the interpreter's recursion limit is walked too; a folder that cannot be listed
    becomes a problem.
    """
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as err:
            problems.append(IngestProblem(path=str(folder), reason=f"cannot list folder: {err.strerror}"))
            continue
        subfolders = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if _is_dir(entry):  # follows symlinks: a symlinked folder is neither walked nor a file
                if not entry.is_symlink():
                    subfolders.append(Path(entry.path))
            else:
                yield Path(entry.path)
        stack.extend(reversed(subfolders))


def _is_dir(entry: os.DirEntry[str]) -> bool:
    """Whether an entry is a folder (or a symlink to one); a symlink loop is not."""
    try:
        return entry.is_dir()
    except OSError:
        return False


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
            setattr(article, key, _valid_unicode(value, key))


def _valid_unicode(value: str, what: str) -> str:
    """`value` unchanged; ValueError when it holds a lone surrogate (a JSON "\\ud800" escape).

    Such a string cannot be written as UTF-8, so it would break the output files of the whole run.
    """
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError(f"{what} is not valid Unicode: lone surrogate {value[exc.start]!r} at {exc.start}") from None
    return value


#: the largest sidecar read (a real one is a few hundred bytes; the cap keeps a hostile one cheap)
MAX_SIDECAR_BYTES = 1_000_000

#: what a hostile file can raise while parsed besides OSError/ValueError: JSON or HTML nested
#: deeper than the interpreter's recursion limit, a parser's own errors (trafilatura, lxml)
_PARSE_ERRORS = (OSError, ValueError, RecursionError, MemoryError, LookupError, TypeError, AttributeError)


def _open_regular(path: Path) -> tuple[int, int]:
    """A read-only descriptor of a regular file and its size; raises OSError/ValueError otherwise.

    Opened non-blocking so a FIFO (or a device) named like an article cannot stall the run; the
    type is checked on the open descriptor, so a file swapped after the walk is caught too.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise ValueError("not a regular file (a FIFO, socket or device)")
    except BaseException:
        os.close(fd)
        raise
    return fd, st.st_size


def _read_bounded(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes (ValueError beyond, before reading it)."""
    fd, size = _open_regular(path)
    with os.fdopen(fd, "rb") as fh:
        if size > limit:
            raise ValueError(f"file of {size} bytes exceeds the maximum of {limit} bytes")
        data = fh.read(limit + 1)
    if len(data) > limit:  # grew since fstat
        raise ValueError(f"file exceeds the maximum of {limit} bytes")
    return data


def _read_sidecar(path: Path, article: ArticleInput) -> IngestProblem | None:
    meta_path = path.with_name(path.name[: -len(path.suffix)] + META_SUFFIX)
    if not meta_path.exists() and not meta_path.is_symlink():
        return None
    try:
        meta = json.loads(_read_bounded(meta_path, MAX_SIDECAR_BYTES).decode("utf-8"))
        if not isinstance(meta, dict):
            raise ValueError("expected a JSON object")
        unknown = set(meta) - set(META_FIELDS)
        if unknown:
            raise ValueError(f"unknown field(s) {', '.join(sorted(unknown))}")
        _apply_meta(article, meta, "sidecar")
    except _PARSE_ERRORS as exc:  # json.JSONDecodeError is a ValueError
        return IngestProblem(
            path=str(meta_path),
            article_id=article.article_id,
            stage="ingest.meta",
            reason=f"sidecar ignored, article processed without it: {_describe(exc)}",
            fatal=False,
        )
    return None


def _describe(exc: BaseException) -> str:
    """A one-line reason for an exception met while reading (strerror for OS errors)."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    if isinstance(exc, RecursionError):
        return "nested too deeply to parse"
    if isinstance(exc, MemoryError):
        return "too large to parse in memory"
    text = str(exc).splitlines()[0] if str(exc) else ""
    return text if isinstance(exc, ValueError) and text else f"{type(exc).__name__}: {text}".rstrip(": ")


def read_file(path: Path, root: Path, max_chars: int) -> Iterator[ArticleInput | IngestProblem]:
    """The articles in one file (one, or one per `.jsonl` line) and any problems met.

    Never raises for a bad file: whatever cannot be read becomes an `IngestProblem`. A file is
    refused by its size before it is read (a UTF-32 worst case is 4 bytes a character), so an
    oversize article costs no memory; a `.jsonl` too large to hold is streamed line by line.
    """
    fmt = FORMATS[path.suffix.lower()]
    article_id = article_id_for(path, root)
    limit = 4 * max_chars
    try:
        fd, size = _open_regular(path)
        os.close(fd)
        if fmt == "jsonl" and size > limit:
            yield from _stream_jsonl(path, article_id, max_chars)
            return
        if size > limit:
            raise ValueError(f"file of {size} bytes exceeds the maximum article size ({max_chars} characters)")
        text, encoding = decode(_read_bounded(path, limit))
    except _PARSE_ERRORS as exc:
        yield IngestProblem(path=str(path), article_id=article_id, reason=f"cannot read: {_describe(exc)}")
        return
    if fmt == "jsonl":
        # split on "\n" only: str.splitlines would also cut at U+2028, NEL or form feed, which JSON
        # allows raw inside a string
        yield from _read_jsonl(path, article_id, text.split("\n"), encoding, max_chars)
        return
    try:
        if fmt == "html":
            text = html_main_text(text)
        _check_text(text, max_chars)
    except _PARSE_ERRORS as exc:
        yield IngestProblem(path=str(path), article_id=article_id, reason=_describe(exc))
        return
    article = ArticleInput(article_id=article_id, path=str(path), format=fmt, encoding=encoding, text=text)
    problem = _read_sidecar(path, article)
    if problem:
        yield problem
    yield article


def _check_text(text: str, max_chars: int) -> None:
    _valid_unicode(text, "text")
    if not text.strip():
        raise ValueError("empty article: no text")
    if len(text) > max_chars:
        raise ValueError(f"article of {len(text)} characters exceeds the maximum ({max_chars})")


#: bytes of a `.jsonl` line beyond its text: id, metadata and JSON escapes (\uXXXX is 6 bytes a character)
JSONL_LINE_OVERHEAD = 1_000_000


def _stream_jsonl(path: Path, file_id: str, max_chars: int) -> Iterator[ArticleInput | IngestProblem]:
    """The articles of a `.jsonl` too large to read at once: UTF-8 lines, each bounded in size."""
    limit = 6 * max_chars + JSONL_LINE_OVERHEAD
    fd, _ = _open_regular(path)
    with os.fdopen(fd, "rb") as fh:
        number = 0
        while True:
            raw = fh.readline(limit + 1)
            if not raw:
                return
            number += 1
            if len(raw) > limit and not raw.endswith(b"\n"):
                while raw and not raw.endswith(b"\n"):  # skip the rest of the oversize line
                    raw = fh.readline(1 << 20)
                yield IngestProblem(
                    path=f"{path}:{number}", article_id=f"{file_id}/{number}",
                    reason=f"bad jsonl line: longer than {limit} bytes (the maximum article is {max_chars} characters)",
                )
                continue
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield IngestProblem(path=f"{path}:{number}", article_id=f"{file_id}/{number}", reason=f"bad jsonl line: not UTF-8: {exc.reason}")
                continue
            yield from _read_jsonl(path, file_id, [line], "utf-8", max_chars, first=number)


def _read_jsonl(
    path: Path, file_id: str, lines: list[str], encoding: str, max_chars: int, first: int = 1
) -> Iterator[ArticleInput | IngestProblem]:
    for number, line in enumerate(lines, start=first):
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
            article_id = _valid_unicode(str(article_id), "id") if article_id not in (None, "") else fallback_id
            article = ArticleInput(
                article_id=article_id, path=f"{path}:{number}", format="jsonl", encoding=encoding, text=body
            )
            _apply_meta(article, record, "jsonl")
        except _PARSE_ERRORS as exc:
            yield IngestProblem(path=f"{path}:{number}", article_id=fallback_id, reason=f"bad jsonl line: {_describe(exc)}")
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
