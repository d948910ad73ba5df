"""Shared checks of the robustness tests: run the CLI in a subprocess, read and validate output folders."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import jsonschema

REPO = Path(__file__).resolve().parents[2]
JSONL = ("articles", "claims", "entities", "flags", "errors")
SIX_FILES = (*(f"{n}.jsonl" for n in JSONL), "manifest.json")


def cli_command(*args: str) -> list[str]:
    """`python -m extractor ARGS` with this interpreter (the same as the `extractor` script)."""
    return [sys.executable, "-m", "extractor", *args]


def run_cli(*args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    """Run the CLI in a subprocess from the repository root and return what it did."""
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    return subprocess.run(cli_command(*args), capture_output=True, text=True, cwd=REPO, timeout=timeout, env=env)


@lru_cache(maxsize=None)
def schema(name: str) -> dict:
    """The committed JSON Schema of one output file (`claims`, `manifest`, ...)."""
    return json.loads((REPO / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def validator(name: str) -> jsonschema.protocols.Validator:
    """A validator of one output file's schema, built once (jsonschema.validate rebuilds it per call)."""
    s = schema(name)
    cls = jsonschema.validators.validator_for(s)
    cls.check_schema(s)
    return cls(s)


def read_valid_jsonl(path: Path) -> list[dict]:
    """Every record of a complete JSONL output file, each validated against its schema.

    Fails on a truncated file (no final newline, a line that is not JSON) or an invalid record.
    """
    data = path.read_bytes()
    assert not data or data.endswith(b"\n"), f"{path.name} does not end with a newline (truncated)"
    records = []
    for number, line in enumerate(data.decode("utf-8").split("\n")[:-1], start=1):
        record = json.loads(line)  # raises on a half-written line
        validator(path.name.removesuffix(".jsonl")).validate(record)
        records.append(record)
    return records


def read_valid_manifest(path: Path) -> dict:
    """A complete manifest.json, validated against its schema."""
    manifest = json.loads(path.read_text(encoding="utf-8"))
    validator("manifest").validate(manifest)
    return manifest


def check_output_folder(out: Path) -> dict[str, list[dict]]:
    """Validate every output file present in `out`; the records of each JSONL file."""
    records = {}
    for name in JSONL:
        path = out / f"{name}.jsonl"
        if path.exists():
            records[name] = read_valid_jsonl(path)
    if (out / "manifest.json").exists():
        read_valid_manifest(out / "manifest.json")
    return records


def snapshot(out: Path) -> dict[str, bytes | None]:
    """The bytes of each of the six output files (None when absent)."""
    return {name: (out / name).read_bytes() if (out / name).exists() else None for name in SIX_FILES}
